package exporters_test

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/factline/factline/models/formats/formatstest"
)

// TestExportsPutOnlyMediaInMedia: a source is a link in the slide's text, never
// its media (TimelineJS3 drew an article's address as a broken image on every
// slide); the CSV's Media column likewise. The demo has no media of its own.
func TestExportsPutOnlyMediaInMedia(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "timelinejs")
	var tl struct {
		Events []struct {
			Text  struct{ Text string } `json:"text"`
			Media *struct {
				URL string `json:"url"`
			} `json:"media"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	linked := 0
	for _, e := range tl.Events {
		if e.Media != nil {
			t.Errorf("a slide has media %q, but the demo has none", e.Media.URL)
		}
		if strings.Contains(e.Text.Text, `<a href="https://www.ohchr.org/`) {
			linked++
		}
	}
	if linked == 0 {
		t.Error("no slide links its source in the text")
	}
	rows, err := csv.NewReader(strings.NewReader(func() string { s, _ := formatstest.ExportDemo(t, "csv"); return s }())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		if r[col["Media"]] != "" || r[col["Media Caption"]] != "" || r[col["Media Credit"]] != "" {
			t.Errorf("the CSV row %q has media %q", r[col["Headline"]], r[col["Media"]])
		}
	}
}
