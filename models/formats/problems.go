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

// MaxProblems is how many problems an import reports before it stops looking.
const MaxProblems = 50

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

// Add records a problem, up to MaxProblems; it reports false once there are enough.
func (ps *Problems) Add(where, field, format string, args ...any) bool {
	if len(*ps) < MaxProblems {
		*ps = append(*ps, Problem{Where: where, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	return len(*ps) < MaxProblems
}

// Err is the collected problems as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// refuse is a single problem as an error.
func Refuse(where, field, format string, args ...any) error {
	return Problems{{Where: where, Field: field, Reason: fmt.Sprintf(format, args...)}}
}
