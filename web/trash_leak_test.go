package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestTrashedClaimLeavesThePublic: a claim moved to the trash from a public
// timeline is gone for visitors and share links alike: its page, its text in
// the "cited by" list and the reader of a source it cited, and its speaker
// (who spoke nothing else shown) are closed, and search finds neither.
func TestTrashedClaimLeavesThePublic(t *testing.T) {
	w := newSharedWorld(t)
	s, ctx := w.owner.store, t.Context()
	tl := w.setVisibility(t, "public")
	cit := storage.Must(s.CitationsOf(ctx, []models.Ref{{Kind: models.KindClaim, ID: w.claim.ID}}))(t)[0]
	src := cit.SourceID
	live := storage.MakeClaim(t, s, nil, "A live remark on the daily", "2022-09-10")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: live.ID}, cit.Source, "and more")
	if err := s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: live.ID}); err != nil {
		t.Fatal(err)
	}
	link := w.makeLink(t, url.Values{"opens": {"living"}})
	claim, speaker := "/claims/"+itoa(w.claim.ID), "/actors/"+itoa(*w.claim.SpeakerID)
	source := "/sources/" + itoa(src)

	w.owner.get(claim+"/delete", nil)
	res, _ := w.owner.post(claim+"/delete", nil, false)
	wantStatus(t, res, http.StatusSeeOther)

	anon := w.stranger(t)
	for _, base := range []string{"", link} {
		for _, path := range []string{claim, speaker} {
			if res, _ := anon.get(base+path, nil); res.StatusCode != http.StatusNotFound {
				t.Errorf("%s%s after the trash: %d, want 404", base, path, res.StatusCode)
			}
		}
		for _, path := range []string{source, source + "/read"} {
			res, doc := anon.get(base+path, nil)
			wantStatus(t, res, http.StatusOK) // the live claim still cites it
			if page := text(doc.Find("main")); strings.Contains(page, w.claim.Text) || strings.Contains(page, "deleted") {
				t.Errorf("%s%s shows the trashed claim: %q", base, path, page)
			}
		}
	}
	_, doc := anon.get("/search?q=quokka", nil)
	for _, hit := range doc.Find(`[data-testid="hit"]`).EachIter() {
		if h := text(hit); strings.Contains(h, "Chen Quokka") || strings.Contains(h, w.claim.Text) {
			t.Errorf("a visitor's search finds %q", h)
		}
	}
}
