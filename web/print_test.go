package web

import (
	"strings"
	"testing"
)

// TestTimelinePrintsItsSourcesAddresses: the notes carry each cited source's
// address, shown in print only.
func TestTimelinePrintsItsSourcesAddresses(t *testing.T) {
	tc := newTestClient(t)
	loadDemo(t, tc)
	_, doc := tc.get("/timelines/ohchr-xinjiang-assessment", nil)
	got := text(doc.Find(`[data-testid="notes"] [data-testid="print-url"]`).First())
	if !strings.Contains(got, "<https://www.ohchr.org/") || !doc.Find(`[data-testid="print-url"]`).HasClass("print-only") {
		t.Errorf("the notes print the source's address as %q", got)
	}
}
