package exporters_test

import (
	"context"
	"encoding/csv"
	"html"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// The demo's assessment event has two participants with role words, and two
// claims respond to it; one claim repeats the other.
const (
	demoParticipants = "Office of the UN High Commissioner for Human Rights (publisher), Michelle Bachelet (High Commissioner)"
	demoAssessment   = "OHCHR publishes its assessment of human-rights concerns in Xinjiang"
)

func TestHTMLShowsParticipantsAndRelations(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "html")
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	event := doc.Find("article.event").First()
	if !strings.Contains(text(event), "With "+demoParticipants) {
		t.Errorf("the assessment's participants are missing: %q", text(event))
	}
	if n := event.Find("ul.relations li").Length(); n != 2 {
		t.Errorf("the assessment shows %d relations, want the 2 claims that respond to it", n)
	}
	claim := doc.Find("article.claim").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return strings.Contains(s.Text(), "groundless blame")
	})
	link := claim.Find(`ul.relations a`).First()
	target, _ := link.Attr("href")
	if !strings.HasPrefix(text(link.Parent()), "responds to") || text(link) != demoAssessment ||
		doc.Find(target).Length() != 1 {
		t.Errorf("the claim's relation reads %q and links %q", text(link.Parent()), target)
	}
}

func TestMarkdownAndSVGShowParticipantsAndRelations(t *testing.T) {
	md, _ := formatstest.ExportDemo(t, "markdown")
	for _, want := range []string{"With " + demoParticipants, "- responds to “" + demoAssessment + "”",
		"- “The assessment is a fabrication cooked up by Western nations.” repeats this"} {
		if !strings.Contains(renderedText(t, md), strings.TrimPrefix(want, "- ")) || !strings.Contains(md, exporters.MdEscape(strings.TrimPrefix(want, "- "))) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	// The time-scaled SVG keeps them in each mark's <title>, its text alternative.
	svg, _ := formatstest.ExportDemo(t, "svg")
	for _, want := range []string{"with " + html.EscapeString(demoParticipants), "responds to “" + html.EscapeString(demoAssessment)} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}

// TestCSVStartsEveryDatedRow gives TimelineJS the start year it requires, for
// dates open at their start too, and keeps their meaning in Display Date.
func TestCSVStartsEveryDatedRow(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	tl := formatstest.DatedTimeline(t, store, "e", "../2022-09-09", "2022-10/..", "2022-09", "2022-09-12/2022-10-07")
	rows, err := csv.NewReader(strings.NewReader(formatstest.ExportString(t, store, tl, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, r := range rows[1:] {
		got[r[len(formats.TimelineJSColumns)+3]] = r[:9] // by EDTF date: Year … Display Date
	}
	want := map[string]string{
		"../2022-09-09":         "2022|9|9||||||by 9 Sep 2022",
		"2022-10/..":            "2022|10||||||",
		"2022-09":               "2022|9|||||||Sep 2022",
		"2022-09-12/2022-10-07": "2022|9|12||2022|10|7||12 Sep – 7 Oct 2022",
	}
	for date, w := range want {
		if g := strings.Join(got[date], "|"); !strings.HasPrefix(g, w) {
			t.Errorf("%s: row starts %q, want %q", date, g, w)
		}
	}
}

// TestExportLeavesOutRelationsToDeletedEntries keeps a timeline's export
// importable after an entry that others relate to is deleted.
func TestExportLeavesOutRelationsToDeletedEntries(t *testing.T) {
	out, store := formatstest.ExportDemo(t, "json")
	if !strings.Contains(out, `"responds to"`) {
		t.Fatal("the demo has no relation to the assessment")
	}
	events, err := store.ListEvents(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	deleted := false
	for _, e := range events {
		if e.Title == demoAssessment {
			if err := store.DeleteEvent(context.Background(), e.ID); err != nil {
				t.Fatal(err)
			}
			deleted = true
		}
	}
	if !deleted {
		t.Fatal("the demo has no assessment event")
	}
	tl, err := store.GetTimeline(context.Background(), "ohchr-xinjiang-assessment")
	if err != nil {
		t.Fatal(err)
	}
	out = formatstest.ExportString(t, store, tl, "json")
	if strings.Contains(out, `"responds to"`) {
		t.Error("the export keeps a relation to a deleted entry")
	}
	if _, _, err := importers.Read(strings.NewReader(out), "t.json"); err != nil {
		t.Errorf("the export does not read back: %v", err)
	}
}

// text is the space-folded text of a selection.
func text(s *goquery.Selection) string { return strings.Join(strings.Fields(s.Text()), " ") }
