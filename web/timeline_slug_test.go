package web

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestPrivateSlugRevealsNothing: choosing a slug (in the form or an import)
// never tells a signed-in user whether someone else's private timeline has
// it, because a private timeline's address ends in a random part.
func TestPrivateSlugRevealsNothing(t *testing.T) {
	tc := newAnonClient(t)
	ctx := t.Context()
	suffixed := regexp.MustCompile(`^/timelines/secret-plan-[a-z0-9]{8}$`)
	create := func(slug, visibility string) *http.Response {
		t.Helper()
		tc.get("/timelines/new", nil)
		res, doc := tc.post("/timelines", url.Values{"title": {"Secret plan"}, "slug": {slug}, "visibility": {visibility}}, false)
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("create %s %q: %d %s", visibility, slug, res.StatusCode, text(doc.Find(".field-error, .error")))
		}
		return res
	}

	tc.signInAs("owner@example.org", models.RoleEditor)
	theirs := create("secret-plan", "private").Header.Get("Location")
	if !suffixed.MatchString(theirs) {
		t.Fatalf("the private timeline is at %q, want /timelines/secret-plan-<8 random>", theirs)
	}
	// Saving it again with its slug unchanged keeps the address.
	tl := storage.Must(tc.store.GetTimeline(ctx, strings.TrimPrefix(theirs, "/timelines/")))(t)
	tc.get(theirs+"/edit", nil)
	res, _ := tc.post(theirs, url.Values{"title": {"Secret plan, revised"}, "slug": {tl.Slug}, "visibility": {"private"},
		"version": {"1"}}, false)
	if got := res.Header.Get("Location"); got != theirs {
		t.Errorf("an edit that kept the slug moved the timeline to %q", got)
	}

	tc.signInAs("other@example.org", models.RoleEditor)
	mine := create("secret-plan", "private").Header.Get("Location")
	if !suffixed.MatchString(mine) || mine == theirs {
		t.Errorf("a second private timeline with the same slug is at %q (the first at %q)", mine, theirs)
	}
	if public := create("secret-plan", "public").Header.Get("Location"); public != "/timelines/secret-plan" {
		t.Errorf("a public timeline asking for a slug no readable timeline has is at %q", public)
	}

	// An import naming the slug is previewed without a word about anyone's timeline.
	tc.get("/import", nil)
	res, doc := tc.upload("/import", "plan.json", importedSlides, map[string]string{"slug": "secret-plan"})
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`[data-testid="import-address"]`)); got != "/timelines/secret-plan-…" {
		t.Errorf("the preview names the address %q", got)
	}
	if strings.Contains(text(doc.Find("main")), "taken") {
		t.Errorf("the preview says a slug is taken: %s", text(doc.Find("main")))
	}

	// Public addresses are still one namespace, and say so.
	tc.get("/timelines/new", nil)
	res, doc = tc.post("/timelines", url.Values{"title": {"Again"}, "slug": {"secret-plan"}, "visibility": {"public"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if got := text(doc.Find("main")); !strings.Contains(got, "Another timeline already uses this slug") {
		t.Errorf("a taken public slug is refused with %q", got)
	}
	if v, _ := doc.Find(`input[name="slug"]`).Attr("value"); v != "secret-plan" {
		t.Errorf("the refused form shows slug %q, want what was typed", v)
	}
}
