package exporters_test

import (
	"strings"
	"testing"

	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/storage"
)

// TestExportsHeadAnEntryDatedToTheYearByItsYear lists an entry known only to
// its year under its year, as the timeline page does (models.EntryRun), and
// not under January, which it is not known to fall in.
func TestExportsHeadAnEntryDatedToTheYearByItsYear(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	tl := formatstest.DatedTimeline(t, store, "a claim", "2021", "2022-03-05")
	md := formatstest.ExportString(t, store, tl, "markdown")
	for _, want := range []string{"\n## 2021\n\n### 2021\n", "\n## 2022\n\n### Mar 2022\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks the headings %q:\n%s", want, md)
		}
	}
	page := formatstest.ExportString(t, store, tl, "html")
	if !strings.Contains(page, "<h2>2021</h2>\n<h3>2021</h3>") || !strings.Contains(page, "<h3>Mar 2022</h3>") {
		t.Errorf("the HTML lacks the headings 2021 and Mar 2022:\n%s", page)
	}
	for name, out := range map[string]string{"Markdown": md, "HTML": page} {
		if strings.Contains(out, "Jan 2021") {
			t.Errorf("the %s heads the entry of 2021 by January", name)
		}
	}
}
