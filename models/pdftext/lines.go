package pdftext

import (
	"slices"
	"strings"
	"unicode"
)

// glyph is one character of a page's text layer as PDFium reads it, in its
// reading order, with its box in points (y grows upwards). Characters PDFium
// generates (the spaces and line breaks between runs) have no box.
type glyph struct {
	r                        rune
	left, bottom, right, top float64
}

func (g glyph) visible() bool { return g.right > g.left && !unicode.IsSpace(g.r) }

// rawPage is a page's glyphs with the page's size.
type rawPage struct {
	width, height float64
	glyphs        []glyph
}

// softBreak is what PDFium puts where it joined a word hyphenated at a line
// end: the hyphen and the line break become this one character.
const softBreak = '\x02'

// line is one line of PDFium's text with its place on the page. A line may
// hold several rows of print when PDFium joined a hyphenated word across them.
type line struct {
	text                     []rune
	left, right, top, bottom float64
	firstY, lastY            float64 // middles of the first and last rows
	height                   float64 // height of its capitals, digits and ascenders (its type's size, near enough); 0 when it has none
}

// lines cuts a page's glyphs at PDFium's line breaks, leaving out blank lines.
func lines(p rawPage) []line {
	var out []line
	var cur []glyph
	flush := func() {
		if l, ok := newLine(cur); ok {
			out = append(out, l)
		}
		cur = cur[:0]
	}
	for _, g := range p.glyphs {
		switch g.r {
		case '\n':
			flush()
		case '\r':
		default:
			cur = append(cur, g)
		}
	}
	flush()
	return out
}

func newLine(gs []glyph) (line, bool) {
	l := line{}
	var first, last, heights []float64
	row := 0
	for _, g := range gs {
		l.text = append(l.text, g.r)
		if g.r == softBreak {
			row++
			last = last[:0]
			continue
		}
		if !g.visible() {
			continue
		}
		mid := (g.top + g.bottom) / 2
		if len(heights) == 0 {
			l.left, l.right, l.top, l.bottom = g.left, g.right, g.top, g.bottom
		}
		l.left, l.right = min(l.left, g.left), max(l.right, g.right)
		l.top, l.bottom = max(l.top, g.top), min(l.bottom, g.bottom)
		if row == 0 {
			first = append(first, mid)
		}
		last = append(last, mid)
		if tall(g.r) {
			heights = append(heights, g.top-g.bottom)
		}
	}
	if len(first) == 0 {
		return line{}, false
	}
	if len(last) == 0 {
		last = first
	}
	l.firstY, l.lastY = median(first), median(last)
	if len(heights) > 0 {
		l.height = median(heights)
	}
	return l, true
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// tall reports whether a glyph stands on the baseline and reaches the cap
// height: capitals, digits and the ascending lower-case letters. Their height
// measures the type's size the same on every line, which a line's extent, with
// or without a "g" or a "j", does not.
func tall(r rune) bool {
	return (r >= 'A' && r <= 'Z' && r != 'J' && r != 'Q') || (r >= '0' && r <= '9') || strings.ContainsRune("bdhklt", r)
}
