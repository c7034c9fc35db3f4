package lexicon

import (
	"github.com/factline/factline/models/extract/tokens"
)

// readClock reads "2 p.m.", "2:30pm", "14:30", "10am", "7 o'clock"; a bare
// number is not a time.
func readClock(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	w := toks[i].Low
	h, used, minute, hasMinute := -1, 1, 0, false
	switch {
	case toks[i].Digits && len(w) <= 2:
		h = atoi(w)
		if tokens.Word(toks, i+1) == ":" && i+2 < len(toks) && toks[i+2].Digits && len(toks[i+2].Low) == 2 {
			minute, hasMinute, used = atoi(toks[i+2].Low), true, 3
		}
	case len(w) >= 3 && len(w) <= 4 && (w[len(w)-2:] == "am" || w[len(w)-2:] == "pm") && allDigits(w[:len(w)-2]):
		h = atoi(w[:len(w)-2])
		return setClock(m, h, 0, w[len(w)-2:])
	default:
		return 0
	}
	if h > 24 || minute > 59 {
		return 0
	}
	if ampm, n := readAmPm(toks, i+used); n > 0 {
		if h == 0 || h > 12 || setClock(m, h, minute, ampm) == 0 {
			return 0
		}
		return used + n
	}
	if tokens.Word(toks, i+used) == "o'clock" && h <= 12 {
		m.Hour, m.Minute, m.Clock = h, 0, true
		return used + 1
	}
	if !hasMinute || h > 23 {
		return 0
	}
	m.Hour, m.Minute, m.Clock = h, minute, true
	return used
}

func setClock(m *Match, h, minute int, ampm string) int {
	if h == 0 || h > 12 {
		return 0
	}
	if ampm == "pm" && h < 12 {
		h += 12
	} else if ampm == "am" && h == 12 {
		h = 0
	}
	m.Hour, m.Minute, m.Clock = h, minute, true
	return 1
}

// readAmPm reads "a.m.", "p.m", "am", "PM", "in the morning", "in the
// afternoon", "in the evening" and "at night".
func readAmPm(toks []tokens.Token, i int) (string, int) {
	switch w := tokens.Word(toks, i); w {
	case "am", "pm":
		return w, 1
	case "in":
		if tokens.Word(toks, i+1) == "the" {
			switch tokens.Word(toks, i+2) {
			case "morning":
				return "am", 3
			case "afternoon", "evening":
				return "pm", 3
			}
		}
	case "at":
		if tokens.Word(toks, i+1) == "night" {
			return "pm", 2
		}
	case "a", "p":
		if tokens.Word(toks, i+1) == "." && tokens.Word(toks, i+2) == "m" {
			if tokens.Word(toks, i+3) == "." {
				return w + "m", 4
			}
			return w + "m", 3
		}
	}
	return "", 0
}

func readTimezone(_ *Lexicon, toks []tokens.Token, i int, m *Match) int {
	if timezones[toks[i].Low] {
		return 1
	}
	return 0
}
