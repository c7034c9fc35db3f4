package formats

import "strings"

// TimelineJSColumns are the columns of the TimelineJS spreadsheet template, in order.
var TimelineJSColumns = []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text",
	"Type", "Group", "Background"}

// FactlineColumns are factline's own columns, after the TimelineJS ones.
var FactlineColumns = []string{"Kind", "Speaker", "Rating", "EDTF Date", "Sources"}

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
// return before one) as a formula. As OWASP recommends for CSV output, such a
// cell is written with a leading apostrophe, which spreadsheets show as text;
// so is a cell that starts with an apostrophe already, so that the import can
// take exactly one off and the round trip stays lossless. A plain number
// ("-44" as a year) is no formula and is written as it is.

// SpreadsheetCell is the cell as written to a CSV export.
func SpreadsheetCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r'", rune(s[0])) || plainNumber(s) {
		return s
	}
	return "'" + s
}

// UnspreadsheetCell undoes SpreadsheetCell on a cell read from a CSV import.
func UnspreadsheetCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r'", rune(s[1])) {
		return s[1:]
	}
	return s
}

// plainNumber reports whether s is an integer with an optional sign.
func plainNumber(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
