package quotes

import (
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// Dialogue dashes (quote_grammar.txt "dialogue-dash"): French, German and
// Portuguese write a speaker's turn after a dash at the start of a line,
// with no closing mark, its speaker in an incise after a comma or a second
// dash ("— Nous fermerons le pont, a déclaré Claire Dumas.", "– Wir sperren
// die Brücke, sagte Jonas Weber.", "— Vamos fechar a ponte — disse Ana
// Ribeiro."), and inside quotation marks a dash after a sentence's end hands
// the word to someone else ("« Vous fermerez le pont ? — Oui », a répondu
// Claire Dumas."). Precision first: a turn at a line's start is a quotation
// only up to an incise that names a speech verb, and a turn never takes the
// speaker of the quotation before it, who in a dialogue is the other side.

// isDialogueDash reports whether toks[k] is one of the language's dialogue dashes.
func (q *quoteLanguage) isDialogueDash(toks []tokens.Token, k int) bool {
	return k >= 0 && k < len(toks) && toks[k].Kind == tokens.TokPunct && q.dialogueDashes[toks[k].Low]
}

// atLineStart reports whether toks[k] is the first token of a line of text.
func atLineStart(text string, toks []tokens.Token, k int) bool {
	return k == 0 || toks[k-1].Kind == tokens.TokPara || strings.Contains(text[toks[k-1].B1:toks[k].B0], "\n")
}

// lineTurn reads a turn opened by a dialogue dash at toks[open], at the
// start of a line: it closes at the first comma or dialogue dash of its line
// that an incise follows, and there is no turn without one.
func (q *quoteLanguage) lineTurn(text string, toks []tokens.Token, open int) (quoteSpan, bool) {
	for k := open + 2; k+1 < len(toks) && toks[k].Kind != tokens.TokPara && !atLineStart(text, toks, k); k++ {
		if (toks[k].Low == "," || q.isDialogueDash(toks, k)) && q.incise(toks, k+1) {
			return quoteSpan{open: open, close: k, turn: true}, true
		}
	}
	return quoteSpan{}, false
}

// incise reports whether a speech verb's incise starts at toks[k]: a verb
// that goes before its subject ("sagte", "disse", "dit-il"), or a compound
// past's auxiliary before one ("a déclaré", "a-t-elle répondu").
func (q *quoteLanguage) incise(toks []tokens.Token, k int) bool {
	w := tokens.Word(toks, k)
	switch {
	case q.invertible.Has(w):
		return true
	case q.perfects.Has(w):
		return q.invertible.Has(tokens.Word(toks, k+1)) || tokens.Word(toks, k+1) == "-"
	}
	return false
}

// splitTurns cuts a quotation in quotation marks at each dialogue dash
// that follows the end of a sentence: the parts after a dash are turns.
func (q *quoteLanguage) splitTurns(toks []tokens.Token, s quoteSpan) []quoteSpan {
	var out []quoteSpan
	for k := s.open + 2; k < s.close-1; k++ {
		switch tokens.Word(toks, k-1) {
		case ".", "?", "!", "…":
			if q.isDialogueDash(toks, k) {
				out = append(out, quoteSpan{open: s.open, close: k, chain: s.chain, turn: s.turn})
				s = quoteSpan{open: k, close: s.close, chain: s.chain, turn: true}
			}
		}
	}
	return append(out, s)
}
