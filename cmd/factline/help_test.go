package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestHelpListsTheCommands: "factline --help" printed serve's flags alone, as
// if serve were all there is; every way of asking lists the commands.
func TestHelpListsTheCommands(t *testing.T) {
	for _, ask := range []string{"--help", "-help", "-h", "help"} {
		var out, errs bytes.Buffer
		if err := run(t.Context(), []string{ask}, strings.NewReader(""), &out, &errs); err != nil {
			t.Errorf("factline %s: %v (%s)", ask, err, errs.String())
		}
		for _, cmd := range []string{"serve", "migrate", "demo", "backup", "copy", "user", "extract", "export", "import", "version"} {
			if !strings.Contains(out.String(), "\n  "+cmd+" ") {
				t.Errorf("factline %s does not list %s:\n%s", ask, cmd, out.String())
			}
		}
	}
}
