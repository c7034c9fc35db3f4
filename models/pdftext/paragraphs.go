package pdftext

import (
	"regexp"
	"strings"
	"unicode"
)

// listStart is how a numbered paragraph or a list item begins: "148.", "(a)",
// "iv.", a bullet. A line that begins so starts a paragraph.
var listStart = regexp.MustCompile(`^\s*(?:\d{1,4}\.(?:\s|$)|\(?[a-z]\)\s|\(?[ivx]{1,5}[.)]\s|[•▪◦●■\-–]\s)`)

// loneNumber is a paragraph number printed on a line of its own.
var loneNumber = regexp.MustCompile(`^\s*\d{1,4}\.\s*$`)

// block is a paragraph of a page as lines joined, with its letters' height.
type block struct {
	text   []rune
	height float64
}

// paragraphs joins a page's lines into paragraphs: a line continues the one
// before unless the print says a new paragraph begins there (a wider gap, a
// change of type size, a number or bullet, an indent or a short line after a
// full stop, a new column after a finished sentence).
func paragraphs(ls []line) []block {
	pitch := linePitch(ls)
	var out []block
	var cur []line
	flush := func() {
		if len(cur) == 0 {
			return
		}
		b := block{height: cur[0].height}
		for i, l := range cur {
			if i > 0 {
				b.text = joinLines(b.text, l.text)
			} else {
				b.text = append(b.text, l.text...)
			}
		}
		out = append(out, b)
		cur = nil
	}
	for _, l := range ls {
		if len(cur) > 0 && superscript(cur[len(cur)-1], l) {
			prev := &cur[len(cur)-1]
			prev.text = append([]rune(strings.TrimRightFunc(string(prev.text), unicode.IsSpace)), l.text...)
			continue
		}
		if len(cur) > 0 && breaksBefore(cur, l, pitch) {
			flush()
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// joinLines puts the next line after a paragraph's text: a word hyphenated at
// the line end is marked as PDFium marks one inside a line, for words() to
// decide; else one space.
func joinLines(text, next []rune) []rune {
	t := []rune(strings.TrimRightFunc(string(text), unicode.IsSpace))
	n := []rune(strings.TrimLeftFunc(string(next), unicode.IsSpace))
	if k := len(t); k > 1 && t[k-1] == '-' && unicode.IsLetter(t[k-2]) && len(n) > 0 && unicode.IsLower(n[0]) {
		return append(append(t[:k-1], softBreak), n...)
	}
	return append(append(t, ' '), n...)
}

// superscript reports whether l is a footnote number PDFium put on a line of
// its own though it is printed raised at the end of the line before.
func superscript(prev, l line) bool {
	s := strings.TrimSpace(string(l.text))
	if s == "" || strings.TrimFunc(s, unicode.IsDigit) != "" {
		return false
	}
	return l.height < 0.8*prev.height && l.bottom >= prev.bottom-1 && l.top <= prev.top+prev.height && l.left >= prev.right-1
}

// breaksBefore reports whether l begins a new paragraph after the lines of the
// paragraph so far.
func breaksBefore(para []line, l line, pitch float64) bool {
	prev := para[len(para)-1]
	h := max(prev.height, l.height)
	if h <= 0 {
		h = max(prev.top-prev.bottom, l.top-l.bottom)
	}
	if loneNumber.MatchString(string(prev.text)) {
		return false
	}
	if listStart.MatchString(string(l.text)) {
		return true
	}
	if prev.height > 0 && l.height > 0 && abs(prev.height-l.height) > 0.2*h {
		return true
	}
	ended := endsSentence(prev.text)
	dy := prev.lastY - l.firstY
	if dy <= 0.3*h || l.top > prev.bottom+h {
		// a new column or a jump back up the page: the paragraph goes on there
		// only when its sentence does
		return ended
	}
	if pitch > 0 && dy > 1.45*pitch {
		return true
	}
	if !ended {
		return false
	}
	left, right := l.left, max(l.right, prev.right)
	for _, p := range para {
		left, right = min(left, p.left), max(right, p.right)
	}
	indented := l.left > left+0.6*h
	short := prev.right < right-2.5*h
	return indented || short
}

// linePitch is the usual distance between the middles of two lines of a page.
func linePitch(ls []line) float64 {
	var gaps []float64
	for i := 1; i < len(ls); i++ {
		dy := ls[i-1].lastY - ls[i].firstY
		if h := ls[i].height; dy > 0.3*h && dy < 3*h {
			gaps = append(gaps, dy)
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	return median(gaps)
}

// endsSentence reports whether a line ends a sentence: with a full stop, colon,
// question or exclamation mark, possibly followed by a closing quotation mark,
// bracket or a footnote number.
func endsSentence(text []rune) bool {
	s := strings.TrimRightFunc(string(text), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'”’)]*`, r)
	})
	if s == "" {
		return true
	}
	return strings.ContainsRune(".:!?;", []rune(s)[len([]rune(s))-1])
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
