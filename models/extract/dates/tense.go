package dates

import (
	"github.com/factline/factline/models/extract/lexicon"
	"github.com/factline/factline/models/extract/tokens"
)

// Tense of the sentence around an expression decides whether a bare
// weekday or month lies before or after the publication date: the nearest
// cue word wins; news without a cue reports the past.
const (
	past    = -1
	present = 0
	future  = 1
)

var futureCues = map[string]bool{
	"will": true, "'ll": true, "shall": true, "won't": true, "going": true, "would": true,
	"plans": true, "planned": true, "planning": true, "scheduled": true,
	"expected": true, "expects": true, "expect": true, "starting": true, "beginning": true,
	"upcoming": true, "coming": true, "set": true, "might": true,
	"intends": true, "hopes": true, "tomorrow": true, "due": true, "soon": true,
}

var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true,
	"met": true, "went": true, "came": true, "made": true, "took": true, "gave": true,
	"left": true, "began": true, "fell": true, "rose": true, "held": true, "sold": true,
	"won": true, "lost": true, "got": true, "saw": true, "found": true, "became": true,
	"spent": true, "paid": true, "struck": true, "hit": true, "ago": true, "yesterday": true,
	"last": true, "earlier": true, "bought": true, "brought": true, "wrote": true, "spoke": true,
	"led": true, "ran": true, "sent": true, "shot": true, "quit": true, "fled": true, "kept": true,
	"thought": true, "felt": true, "heard": true, "stood": true, "chose": true,
}

// futureWithTo are past forms that point ahead when "to" follows.
var futureWithTo = tokens.WordSet(`supposed slated poised agreed decided promised vowed pledged
	intended hoped due`)

// englishFunctionWords are the tagged English words of the resources that
// quotation attribution reads too: tense finding reads its determiners
// ("the proposed merger") and sentence splitting its abbreviations ("Mr.").
var englishFunctionWords = lexicon.MustParse(lexicon.LoadQuoteLexicon(lexicon.ResourceFiles, "resources/en"))

var (
	englishDeterminers   = englishFunctionWords.With("determiner")
	englishAbbreviations = englishFunctionWords.With("abbreviation")
)

var passiveAux = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "am": true}

var presentCues = map[string]bool{
	"is": true, "are": true, "am": true, "says": true, "remains": true, "begins": true,
	"starts": true, "opens": true, "runs": true, "takes": true, "has": true, "have": true,
}

// tense returns past, present or future for the expression of c.
func (c *cx) tense() int {
	t, _ := c.tenseNear()
	return t
}

// tenseNear reads the tense by the cue words of the language's tense.txt,
// or for English by the grammar of cueTense; it also tells how many tokens
// away the deciding cue is (1<<30 when there is none).
func (c *cx) tenseNear() (int, int) {
	if len(c.lx.Tenses) == 0 {
		return tenseNear(c.toks, c.i, c.j)
	}
	lo, hi := sentenceBounds(c.toks, c.i, c.j)
	best, bestDist := past, 1<<30
	for k := lo; k < hi; k++ {
		if k >= c.i && k < c.j {
			continue
		}
		p, n := c.lx.Tenses.Read(c.toks, k)
		if n == 0 {
			p.Value = c.lx.TenseOfEnding(c.toks[k])
			if p.Value == "" {
				continue
			}
		}
		d := c.i - k
		if k >= c.j {
			d = k - c.j + 1
		}
		if d < bestDist {
			best, bestDist = map[string]int{"past": past, "present": present, "future": future}[p.Value], d
		}
	}
	return best, bestDist
}

// tenseNear also tells how many tokens away the deciding cue is (1<<30 when
// there is none).
func tenseNear(toks []tokens.Token, i, j int) (int, int) {
	if tokens.Word(toks, i-1) == "since" {
		return past, 1 // "since January" has begun
	}
	lo, hi := sentenceBounds(toks, i, j)
	best, bestDist := past, 1<<30
	for k := lo; k < hi; k++ {
		if k >= i && k < j {
			continue
		}
		t := cueTense(toks, k)
		if t == 2 {
			continue
		}
		d := i - k
		if k >= j {
			d = k - j + 1
		}
		if d < bestDist {
			best, bestDist = t, d
		}
	}
	return best, bestDist
}

// cueTense reads one word as a tense cue; 2 means it is none.
func cueTense(toks []tokens.Token, k int) int {
	w := toks[k].Low
	if toks[k].Kind != tokens.TokWord {
		return 2
	}
	if futureCues[w] || len(w) > 3 && w[len(w)-3:] == "'ll" {
		if w == "going" && tokens.Word(toks, k+1) != "to" {
			return 2
		}
		if next := tokens.Word(toks, k+1); (w == "set" || w == "plans" || w == "planned") && next != "to" &&
			!(w != "plans" && next == "for") && !(w != "set" && (next == "a" || next == "an")) {
			return 2 // "set for February", "planned for March" and "planned a rally" are ahead; "set a record", "plans for the holidays" are not
		}
		if k > 1 && toks[k-2].Low == "had" && toks[k-1].Low == "been" {
			return past // "had been scheduled to expire Friday": a plan overtaken
		}
		return future
	}
	if (w == "was" || w == "were") && k+1 < len(toks) && cueTense(toks, k+1) == future {
		return 2 // "were planning to drive": the plan, not the auxiliary, tells the side
	}
	if w == "plan" && tokens.Word(toks, k+1) == "to" {
		return future
	}
	if w == "to" && k > 0 && (toks[k-1].Low == "is" || toks[k-1].Low == "are") {
		return future // "is to resume"
	}
	if futureWithTo[w] && tokens.Word(toks, k+1) == "to" {
		return future // "was supposed to end", "agreed to sell"
	}
	if pastCues[w] || len(w) > 4 && w[len(w)-2:] == "ed" && !toks[k].Upper {
		if !pastCues[w] && k > 0 && (englishDeterminers.Has(toks[k-1].Low) || toks[k-1].Low == "still") {
			return 2 // an adjective: "an unspecified date", "the proposed merger"
		}
		if k > 0 && passiveAux[toks[k-1].Low] {
			return 2 // a participle: "would be paid" takes the tense of "would"
		}
		return past
	}
	if (w == "has" || w == "have") && k+1 < len(toks) && (cueTense(toks, k+1) == past || toks[k+1].Low == "been") {
		return past // the perfect tells what has happened: "has sold", "have been searching"
	}
	if presentCues[w] {
		return present
	}
	return 2
}

func isSentenceEnd(toks []tokens.Token, k int) bool {
	switch toks[k].Low {
	case "?", "!", "\n", "\"", "“", "”", "`", "«", "»", "„":
		return true
	case "'":
		return k > 0 && toks[k-1].Low == "'" // '' closes a quote in agency copy
	case ".":
		if k == 0 {
			return true
		}
		prev := toks[k-1].Low
		return !englishAbbreviations.Has(prev) && !monthAbbreviations[prev]
	}
	return false
}

// sentenceBounds finds the sentence around toks[i:j], at most 40 tokens each way.
func sentenceBounds(toks []tokens.Token, i, j int) (int, int) {
	lo := i
	for lo > 0 && i-lo < 40 && !isSentenceEnd(toks, lo-1) {
		lo--
	}
	hi := j
	for hi < len(toks) && hi-j < 40 && !isSentenceEnd(toks, hi) {
		hi++
	}
	return lo, hi
}
