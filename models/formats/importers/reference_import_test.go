package importers_test

import (
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// importSources reads a reference manager's file and imports its sources.
func importSources(t *testing.T, store *storage.Store, text, name string) *formats.Plan {
	t.Helper()
	ctx := models.AsSystem(t.Context())
	doc, _, err := importers.Read(strings.NewReader(text), name)
	if err != nil {
		t.Fatalf("%s refused: %v", name, err)
	}
	plan, err := formats.NewPlan(ctx, store, doc, "sources", "")
	if err != nil {
		t.Fatal(err)
	}
	tl, err := plan.Apply(ctx, store, nil, nil)
	if err != nil || tl != nil {
		t.Fatalf("Apply = %v, %v; want the sources only, no timeline", tl, err)
	}
	return plan
}

const zoteroCSL = `[
{"id":"http://zotero.org/users/1/items/ABC","type":"article-newspaper","title":"China shuns co-operation","container-title":"NZ Herald",
 "URL":"https://www.nzherald.co.nz/world/china-shuns","author":[{"family":"Keaten","given":"Jamey"}],"issued":{"date-parts":[["2022","9","10"]]},
 "accessed":{"date-parts":[[2022,9,11]]}},
{"id":"bbt-key","type":"article-journal","title":"A journal article","DOI":"10.1000/XYZ123","container-title":"Journal of Tests",
 "author":[{"literal":"UN OHCHR"}],"issued":{"raw":"2022-08-31"}},
{"id":1,"type":"report","title":"","URL":"https://example.org/report","issued":{"date-parts":[[2021]]}}]`

const bibtex = `@comment{exported by a reference manager}
@string{ohchr = "OHCHR"}
@article{keaten2022,
  title = {China shuns {co-operation} with {UN} human rights office},
  author = {Keaten, Jamey and Doe, Jane},
  journal = "NZ Herald",
  year = 2022, month = sep, day = {10},
  url = {https://www.nzherald.co.nz/world/china-shuns},
}
@techreport{ohchr2022,
  title = {OHCHR Assessment of human rights concerns in Xinjiang},
  institution = {Office of the UN High Commissioner for Human Rights},
  date = {2022-08-31},
  doi = {https://doi.org/10.1000/xyz123}
}`

func TestReferenceManagerSourcesMatchByDOIOrURL(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	plan := importSources(t, store, zoteroCSL, "zotero.json")
	if plan.Format != "sources" || len(plan.Sources) != 3 || plan.NewSources() != 3 {
		t.Fatalf("the CSL-JSON plan: %+v", plan)
	}
	sources, err := store.ListSources(t.Context(), 10)
	if err != nil || len(sources) != 3 {
		t.Fatalf("%d sources, %v", len(sources), err)
	}
	byTitle := map[string]models.Source{}
	for _, s := range sources {
		byTitle[s.Title] = s
	}
	herald := byTitle["China shuns co-operation"]
	if herald.Publisher != "NZ Herald" || herald.Author != "Jamey Keaten" || herald.Published.String() != "2022-09-10" ||
		herald.Kind != "article" || herald.Accessed.String() != "2022-09-11" {
		t.Errorf("the Zotero item became %+v", herald)
	}
	article := byTitle["A journal article"]
	if article.URL != "https://doi.org/10.1000/xyz123" || !strings.Contains(article.Notes, "DOI: 10.1000/xyz123") {
		t.Errorf("the DOI item became %+v", article)
	}
	if _, ok := byTitle["https://example.org/report"]; !ok {
		t.Errorf("an item without a title is not titled by its URL: %v", byTitle)
	}

	bib := importSources(t, store, bibtex, "refs.bib")
	if len(bib.Sources) != 2 || bib.NewSources() != 0 {
		t.Errorf("the BibTeX entries were not matched by URL and DOI: %+v", bib.Sources)
	}
	doc, format, err := importers.Read(strings.NewReader(bibtex), "refs.bib")
	if err != nil || format != importers.ImportBibTeX {
		t.Fatalf("%s, %v", format, err)
	}
	s := doc.Sources[0]
	if s.Title != "China shuns co-operation with UN human rights office" || s.Author != "Keaten, Jamey; Doe, Jane" || s.Published != "2022-09-10" || s.Publisher != "NZ Herald" {
		t.Errorf("the BibTeX article became %+v", s)
	}
	if r := doc.Sources[1]; r.Kind != "report" || r.Published != "2022-08-31" || r.Publisher != "Office of the UN High Commissioner for Human Rights" {
		t.Errorf("the BibTeX report became %+v", r)
	}
}

// factline's own CSL-JSON export imports back onto the same sources.
func TestOwnCSLExportReimportsToTheSameSources(t *testing.T) {
	out, store := formatstest.ExportDemo(t, "csl")
	before := storage.Must(store.ListSources(t.Context(), 100))(t)
	plan := importSources(t, store, out, "demo.csl.json")
	if plan.NewSources() != 0 {
		t.Errorf("%d of %d sources of factline's own CSL-JSON were not matched: %+v", plan.NewSources(), len(plan.Sources), plan.Sources)
	}
	after := storage.Must(store.ListSources(t.Context(), 100))(t)
	if len(after) != len(before) {
		t.Errorf("%d sources after re-importing the CSL-JSON export, want %d", len(after), len(before))
	}
}
