package archive

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/factline/factline/models"
)

// maxChanges is the most runs of changes a live check keeps: a page
// rewritten whole would otherwise keep its text twice.
const maxChanges = 400

// TextChanges compares two texts paragraph by paragraph (a line of the
// text is a paragraph, as factline extracts them): the paragraphs removed
// and added, in order, between counts of those unchanged. Line-level diff
// with diffmatchpatch (sergi/go-diff, Myers' algorithm), as the git and
// Google Docs family of tools compare text.
func TextChanges(before, after string) []models.TextChange {
	dmp := diffmatchpatch.New()
	// Every paragraph ends its line, the last one too, so that "d" at the
	// end of one text and "d\n" inside the other are the same paragraph.
	a, b, lines := dmp.DiffLinesToChars(withNewline(before), withNewline(after))
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	var out []models.TextChange
	more := 0
	for _, d := range diffs {
		paras := paragraphs(d.Text)
		if d.Type == diffmatchpatch.DiffEqual {
			if len(paras) > 0 {
				out = append(out, models.TextChange{Op: "=", Unchanged: len(paras)})
			}
			continue
		}
		op := "+"
		if d.Type == diffmatchpatch.DiffDelete {
			op = "-"
		}
		for _, p := range paras {
			if len(out) >= maxChanges {
				more++
				continue
			}
			out = append(out, models.TextChange{Op: op, Text: p})
		}
	}
	if more > 0 {
		out = append(out[:min(len(out), maxChanges)], models.TextChange{Op: "…", Unchanged: more})
	}
	return out
}

// paragraphs are the non-blank lines of s.
func paragraphs(s string) []string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

func withNewline(s string) string {
	if s == "" || strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}
