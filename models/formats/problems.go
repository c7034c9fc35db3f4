package formats

import (
	"fmt"
	"strings"
)

// Problem is one reason an import is refused: where in the file (a CSV row, an
// entry of a JSON file, or the file itself), which field, and why.
type Problem struct {
	Where  string `json:"where"`
	Field  string `json:"field"`
	Reason string `json:"reason"`
}

// String is the problem as one line: "row 3, Year: …".
func (p Problem) String() string {
	var parts []string
	for _, s := range []string{p.Where, p.Field} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return p.Reason
	}
	return strings.Join(parts, ", ") + ": " + p.Reason
}

// maxProblems is how many problems an import reports before it stops looking.
const maxProblems = 50

// Problems is every reason an import was refused; nothing was changed.
type Problems []Problem

// Error lists the problems, one a line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return "the import was refused and nothing was changed:\n" + strings.Join(lines, "\n")
}

// problems collects Problems up to maxProblems.
type problems struct{ list Problems }

// add records a problem; it reports false once there are enough.
func (ps *problems) add(where, field, format string, args ...any) bool {
	if len(ps.list) < maxProblems {
		ps.list = append(ps.list, Problem{Where: where, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	return len(ps.list) < maxProblems
}

// err is the collected problems as an error, or nil.
func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	return ps.list
}

// refuse is a single problem as an error.
func refuse(where, field, format string, args ...any) error {
	return Problems{{Where: where, Field: field, Reason: fmt.Sprintf(format, args...)}}
}
