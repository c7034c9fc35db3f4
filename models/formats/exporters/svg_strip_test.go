package exporters_test

import (
	"strings"
	"testing"

	"github.com/factline/factline/models/formats/formatstest"
)

// TestSVGExportDrawsNoWholeTimelineStrip: the strip of the whole timeline with
// the window in it is for moving about the page's view; the exported drawing,
// which is the whole timeline, drew it under its title all the same (issue 27
// item 13). The page's drawing keeps it.
func TestSVGExportDrawsNoWholeTimelineStrip(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "svg")
	if strings.Contains(out, "Whole timeline") || strings.Contains(out, "ts-overview") {
		t.Error("the SVG export draws the strip of the whole timeline")
	}
	if !strings.Contains(out, `class="ts-lane-name"`) || !strings.Contains(out, `class="ts-legend"`) {
		t.Errorf("the SVG export lost its lanes or legend:\n%.2000s", out)
	}
}
