package timescale

import (
	"strconv"
	"strings"
)

// legendH is the room of the legend below the lanes.
const legendH = 28

// titleH is the room a standalone drawing's title takes.
func titleH(title string) float64 {
	if title == "" {
		return 0
	}
	return 44
}

// drawingH is the height of a drawing: a page's has no legend below the lanes,
// a standalone one no strip of the whole timeline above them.
func drawingH(l *Layout, title string, standalone bool) float64 {
	if !standalone {
		return l.LanesEnd + 4
	}
	return l.Height + shiftY(title, true)
}

// shiftY is how far a drawing's content is moved down: a standalone one's
// below its title, and up by the strip it leaves out.
func shiftY(title string, standalone bool) float64 {
	if !standalone {
		return 0
	}
	return titleH(title) - overviewH
}

func f1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
func f3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
func itoa(n int) string   { return strconv.Itoa(n) }

// colour is a kind's colour; the page's CSS restyles it for dark screens.
func colour(kind string) string {
	if kind == "claim" {
		return "#8a3b12"
	}
	return "#0b4f8a"
}

// fill is a mark's fill: its colour, pale when approximate, hollow when uncertain.
func fill(m Placed) string {
	switch {
	case m.Span.Uncertain:
		return "#fff"
	case m.Span.Approx:
		return "#ddd"
	}
	return colour(m.Kind)
}

// dashes outline an approximate date with dashes and an uncertain one with dots.
func dashes(s Span) string {
	switch {
	case s.Uncertain:
		return "1 2"
	case s.Approx:
		return "3 2"
	}
	return ""
}

func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return strconv.Itoa(n) + " entries"
}

// xml readies user text for the SVG, which is XML 1.0: that has no place for
// C0 control characters (other than tab, newline, CR), U+FFFE and U+FFFF, or
// invalid UTF-8, which text stored before they were refused may hold, so they
// are dropped; templ escapes the rest.
func xml(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xfffe || r == 0xffff {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
}

// anchor is the text-anchor of a label: "end" when it ends left of its mark.
func anchor(end bool) string {
	if end {
		return "end"
	}
	return "start"
}

// barH is the height of a bar: taller when its label is inside it.
func barH(m Placed) float64 {
	if m.Inside {
		return 16
	}
	return 10
}

// labelFill is a label's colour: white inside a dark bar, else dark.
func labelFill(m Placed) string {
	if m.Inside && fill(m) == colour(m.Kind) {
		return "#fff"
	}
	return "#222"
}

// eraFill is the ground of an era's band: neighbours alternate, so that
// eras that meet stay apart.
func eraFill(i int) string {
	if i%2 == 1 {
		return "#e9e1cf"
	}
	return "#f4efe4"
}
