package models

import "unicode"

// Passage returns the passage of text between offsets start and end (code
// points, end exclusive), with white space at its ends left out, its offsets
// after that trim, and the text just before and after it. ok is false when the
// offsets are out of range or the passage is blank.
func Passage(text string, start, end int) (quote, prefix, suffix string, s, e int, ok bool) {
	runes := []rune(text)
	if start < 0 || end > len(runes) || start >= end {
		return "", "", "", 0, 0, false
	}
	for start < end && unicode.IsSpace(runes[start]) {
		start++
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	if start == end {
		return "", "", "", 0, 0, false
	}
	prefix = string(runes[max(0, start-contextRunes):start])
	suffix = string(runes[end:min(len(runes), end+contextRunes)])
	return string(runes[start:end]), prefix, suffix, start, end, true
}
