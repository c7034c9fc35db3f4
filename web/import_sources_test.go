package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/factline/factline/models/storage"
)

func TestImportPageTakesAReferenceManagersSources(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/import", nil)
	bib := `@article{k, title = {A {UN} report}, journal = {Geneva Times}, year = 2022, url = {https://example.org/report}}
@misc{m, title = {A note}, doi = {10.1000/ABC}}`
	res, doc := tc.upload("/import", "refs.bib", bib, nil)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`[data-testid="import-preview"] p`).First()); !strings.Contains(got, "BibTeX file of 2 sources") {
		t.Errorf("preview: %q", got)
	}
	form := doc.Find(`[data-testid="import-preview"] form`)
	action, _ := form.Attr("action")
	res, _ = tc.post(action, formOf(form), false)
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/sources" {
		t.Fatalf("confirm: %d to %q", res.StatusCode, res.Header.Get("Location"))
	}
	sources, err := tc.store.ListSources(t.Context(), 10)
	if err != nil || len(sources) != 2 {
		t.Fatalf("%d sources, %v", len(sources), err)
	}
	if n := storage.Must(tc.store.CountTimelines(t.Context()))(t); n != 0 {
		t.Errorf("a reference manager's file made %d timelines", n)
	}
	tc.get("/import", nil)
	_, doc = tc.upload("/import", "refs.bib", bib, nil)
	if got := doc.Find(`[data-testid="import-sources"] a`).Length(); got != 2 {
		t.Errorf("importing it again matched %d of its 2 sources by URL and DOI", got)
	}
}
