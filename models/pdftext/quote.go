package pdftext

import (
	"regexp"
	"strings"
)

// lineBreakHyphen is a word hyphenated at a line end as a quote copied from a
// PDF viewer keeps it: "exam-\nined".
var lineBreakHyphen = regexp.MustCompile(`(\pL)-[ \t]*\r?\n\s*(\p{Ll})`)

// spaces are runs of white space, line breaks included.
var spaces = regexp.MustCompile(`\s+`)

// FoldQuote is a quote as a PDF source's text would have it: ligatures as
// their letters, a word hyphenated at a line end joined, soft hyphens left
// out, and every run of white space one space. A quote copied from a PDF
// viewer ("the ﬁrst exam-\nined") then anchors in the text factline read.
func FoldQuote(q string) string {
	q = ligatures.Replace(q)
	q = strings.ReplaceAll(q, "\u00ad", "")
	q = lineBreakHyphen.ReplaceAllString(q, "$1$2")
	return strings.TrimSpace(spaces.ReplaceAllString(q, " "))
}
