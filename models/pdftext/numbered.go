package pdftext

import (
	"regexp"
	"strconv"
)

// paragraphNumber is how a numbered paragraph begins: "148. ".
var paragraphNumber = regexp.MustCompile(`^(\d{1,4})\.(?:\s|$)`)

// A document numbers its paragraphs when at least minNumbered paragraphs
// numbered one after the other span at least minNumberedShare of its text: a
// numbered list in an appendix, or references that begin with a year, do not.
const (
	minNumbered      = 5
	minNumberedShare = 0.4
)

// numberedStart is a paragraph of the text that begins with a number.
type numberedStart struct {
	n     int
	start int
}

// numbered picks, among the paragraphs that begin with a number, the longest
// run numbered one after the other (1, 2, 3 ...): the document's own
// paragraphs. A quoted article's "1." and "2." between paragraphs 21 and 22,
// or a list numbered anew, are not in that run. Each paragraph ends where the
// next begins; the last at the end of the page after its own, or of the text.
func numbered(starts []numberedStart, pages []Page, textLen int) []Paragraph {
	best := make([]int, len(starts)) // length of the best run ending at i
	prev := make([]int, len(starts))
	ending := map[int]int{} // number → index of the longest run ending with it so far
	top := -1
	for i, s := range starts {
		best[i], prev[i] = 1, -1
		if j, ok := ending[s.n-1]; ok {
			best[i], prev[i] = best[j]+1, j
		}
		if j, ok := ending[s.n]; !ok || best[i] >= best[j] {
			ending[s.n] = i
		}
		if top < 0 || best[i] > best[top] {
			top = i
		}
	}
	if top < 0 || best[top] < minNumbered {
		return nil
	}
	var run []numberedStart
	for i := top; i >= 0; i = prev[i] {
		run = append([]numberedStart{starts[i]}, run...)
	}
	if float64(run[len(run)-1].start-run[0].start) < minNumberedShare*float64(textLen) {
		return nil
	}
	out := make([]Paragraph, len(run))
	for i, s := range run {
		end := textLen
		if i+1 < len(run) {
			end = run[i+1].start
		} else {
			for k, p := range pages {
				if p.Start <= s.start && s.start <= p.End && k+1 < len(pages) {
					end = pages[k+1].End
				}
			}
		}
		out[i] = Paragraph{Number: s.n, Start: s.start, End: end}
	}
	return out
}

// startNumber is the number a paragraph begins with, if any.
func startNumber(text []rune) (int, bool) {
	m := paragraphNumber.FindStringSubmatch(string(text))
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil && n > 0
}
