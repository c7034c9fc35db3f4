package web

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/sharing"
	"github.com/factline/factline/models/storage"
)

// sharedWorld is an unlisted timeline with a claim and an event that cite two
// sources, a participant with a role word, a relation between the two entries
// and one to a claim that is not on the timeline, and a published version.
type sharedWorld struct {
	owner   *testClient
	slug    string
	claim   *models.Claim
	ev      *models.Event
	outside *models.Claim  // team material, on no timeline
	org     *models.Actor  // the speaker's organisation, on no timeline
	src     *models.Source // the claim's source
}

func newSharedWorld(t *testing.T) *sharedWorld {
	t.Helper()
	tc := newTestClient(t)
	s := tc.store
	owner, err := accounts.Of(s).FindUserByEmail(t.Context(), "editor@example.org")
	if err != nil {
		t.Fatal(err)
	}
	ctx := models.WithUser(t.Context(), owner)
	w := &sharedWorld{owner: tc, slug: "quiet"}
	speaker := storage.MakeActor(t, s, "Chen Quokka")
	w.org = storage.MakeActor(t, s, "Secret Ministry")
	if err := s.SaveRole(ctx, &models.Role{ActorID: speaker.ID, Title: "envoy", OrganisationID: &w.org.ID}); err != nil {
		t.Fatal(err)
	}
	participant := storage.MakeActor(t, s, "Ana Wombat")
	w.claim = storage.MakeClaim(t, s, speaker, "The report is quokka-shaped", "2022-09-08")
	w.ev = storage.MakeEvent(t, s, "Wombat report published", "2022-08-31")
	w.outside = storage.MakeClaim(t, s, speaker, "A team-only remark about wombats", "2022-09-01")
	if err := s.AddParticipant(ctx, models.Participant{EventID: w.ev.ID, ActorID: participant.ID, RoleWord: "author"}); err != nil {
		t.Fatal(err)
	}
	src1 := storage.MakeSource(t, s, "Quokka daily", "Chen said the report is quokka-shaped, and more.", "2022-09-09")
	src2 := storage.MakeSource(t, s, "Wombat weekly", "", "2022-09-01")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: w.claim.ID}, src1, "quokka-shaped")
	w.src = src1
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindEvent, ID: w.ev.ID}, src2, "published its report")
	for _, r := range []models.Relation{
		{FromKind: models.KindClaim, FromID: w.claim.ID, ToKind: models.KindEvent, ToID: w.ev.ID, Kind: "responds to"},
		{FromKind: models.KindClaim, FromID: w.claim.ID, ToKind: models.KindClaim, ToID: w.outside.ID, Kind: "repeats"},
	} {
		if err := s.SaveRelation(ctx, &r); err != nil {
			t.Fatal(err)
		}
	}
	tl := &models.Timeline{Slug: w.slug, Title: "Quiet one", Visibility: "unlisted", OwnerID: &owner.ID}
	if err := s.SaveTimeline(ctx, tl); err != nil {
		t.Fatal(err)
	}
	for _, e := range []models.Entry{
		{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: w.claim.ID},
		{TimelineID: tl.ID, ItemKind: models.KindEvent, ItemID: w.ev.ID},
	} {
		if err := s.AddEntry(ctx, &e); err != nil {
			t.Fatal(err)
		}
	}
	tc.get("/timelines/"+w.slug, nil)
	res, _ := tc.post("/timelines/"+w.slug+"/publish", url.Values{"message": {"first"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	return w
}

// makeLink makes a share link on the sharing page and returns its path.
func (w *sharedWorld) makeLink(t *testing.T, form url.Values) string {
	t.Helper()
	w.owner.get("/timelines/"+w.slug+"/sharing", nil)
	res, doc := w.owner.post("/timelines/"+w.slug+"/links", form, false)
	wantStatus(t, res, http.StatusOK)
	link, _ := doc.Find(`[data-testid="new-link"]`).Attr("value")
	u, err := url.Parse(link)
	if err != nil || !strings.HasPrefix(u.Path, "/s/") {
		t.Fatalf("new link %q", link)
	}
	return u.Path
}

// setVisibility makes the shared timeline private, team, unlisted or public.
func (w *sharedWorld) setVisibility(t *testing.T, visibility string) *models.Timeline {
	t.Helper()
	tl := storage.Must(w.owner.store.GetTimeline(t.Context(), w.slug))(t)
	tl.Visibility = visibility
	if err := w.owner.store.SaveTimeline(t.Context(), tl); err != nil {
		t.Fatal(err)
	}
	return tl
}

// stranger is another browser, signed out.
func (w *sharedWorld) stranger(t *testing.T) *testClient {
	anon := &testClient{t: t, srv: w.owner.srv, store: w.owner.store}
	anon.newBrowser()
	return anon
}

// TestShareLinkOpensEverythingItShows follows every link, filter and htmx
// request reachable from a share link, two levels deep, signed out: none is
// refused, the entries' items, sources, reader, speakers, participants,
// versions and exports are among them, and after the link is revoked every
// one of those addresses is closed.
func TestShareLinkOpensEverythingItShows(t *testing.T) {
	w := newSharedWorld(t)
	link := w.makeLink(t, url.Values{"opens": {"living"}, "history": {"1"}})
	anon := w.stranger(t)

	statuses := anon.crawl(link, 2)
	if f := failures(statuses); len(f) > 0 {
		t.Fatalf("refused through the share link:\n%s", strings.Join(f, "\n"))
	}
	for _, want := range []string{
		link + "/claims/%d", link + "/events/%d", link + "/sources/", "/read", link + "/actors/",
		link + "/versions/1", link + "/export/html", link + "/versions/1/export/markdown",
		link + "/history", link + "?",
	} {
		want = strings.NewReplacer("/claims/%d", fmt.Sprintf("/claims/%d", w.claim.ID),
			"/events/%d", fmt.Sprintf("/events/%d", w.ev.ID)).Replace(want)
		if !anyContains(statuses, want) {
			t.Errorf("the crawl never reached %s", want)
		}
	}
	for path := range statuses {
		// Out of the link, only what anyone may open: sign in, search, the
		// front page and public timelines.
		if !strings.HasPrefix(path, link) && !strings.HasPrefix(path, "/login?") && !strings.HasPrefix(path, "/search") &&
			!strings.HasPrefix(path, "/timelines?") && path != "/" && path != "/timelines" {
			t.Errorf("a shared page leads out of the link to %s", path)
		}
	}

	// The relation between the two entries is drawn; the one to a claim on no
	// timeline is not a link (and its page stays closed); neither is the
	// speaker's organisation.
	_, doc := anon.get(fmt.Sprintf("%s/claims/%d", link, w.claim.ID), nil)
	if doc.Find(fmt.Sprintf(`a[href="%s/events/%d"]`, link, w.ev.ID)).Length() == 0 {
		t.Error("the relation to the shared event is not a link")
	}
	if doc.Find(fmt.Sprintf(`a[href$="/claims/%d"]`, w.outside.ID)).Length() != 0 {
		t.Error("a claim outside the link is linked")
	}
	for _, closed := range []string{
		fmt.Sprintf("%s/claims/%d", link, w.outside.ID), fmt.Sprintf("%s/actors/%d", link, w.org.ID),
		fmt.Sprintf("/claims/%d", w.claim.ID), "/timelines/" + w.slug,
	} {
		res, _ := anon.get(closed, nil)
		wantStatus(t, res, http.StatusNotFound)
	}
	// The version froze that relation too; its holder does not read the other claim's text there.
	for _, version := range []string{link + "/versions/1", link + "/versions/1?format=json"} {
		res, doc := anon.get(version, nil)
		wantStatus(t, res, http.StatusOK)
		if strings.Contains(doc.Text(), w.outside.Text) {
			t.Errorf("%s shows the text of a claim outside the link", version)
		}
	}
	res, doc := anon.get(link, nil)
	if got := text(doc.Find(`[data-format="claimreview"]`)); got != "ClaimReview JSON-LD (0 rated claims)" {
		t.Errorf("the ClaimReview export is offered as %q", got)
	}
	if res.Header.Get("Referrer-Policy") != "no-referrer" || doc.Find(`meta[name="robots"][content="noindex"]`).Length() != 1 {
		t.Errorf("shared page: Referrer-Policy %q, robots meta %d", res.Header.Get("Referrer-Policy"),
			doc.Find(`meta[name="robots"]`).Length())
	}

	_, doc = w.owner.get("/timelines/"+w.slug+"/sharing", nil)
	action, _ := doc.Find(`[data-testid="links"] form`).Attr("action")
	res, _ = w.owner.post(action, nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	for path := range statuses {
		if strings.HasPrefix(path, link) {
			if res, _ := anon.get(path, nil); res.StatusCode != http.StatusNotFound {
				t.Errorf("after revoking, %s answers %d", path, res.StatusCode)
			}
		}
	}
}

// anyContains reports whether an address the crawl opened contains part.
func anyContains(statuses map[string]crawled, part string) bool {
	for path := range statuses {
		if strings.Contains(path, part) {
			return true
		}
	}
	return false
}

// TestShareLinkToOneVersion opens one published version and nothing of the
// living timeline: not its entries added later, nor what changed since.
func TestShareLinkToOneVersion(t *testing.T) {
	w := newSharedWorld(t)
	later := storage.MakeClaim(t, w.owner.store, nil, "Added after the version", "2022-10-01")
	w.owner.get("/timelines/"+w.slug, nil)
	res, _ := w.owner.post("/timelines/"+w.slug+"/entries", url.Values{"item": {fmt.Sprintf("claim %d", later.ID)}}, false)
	if res.StatusCode >= 400 {
		t.Fatalf("add entry: %d", res.StatusCode)
	}
	link := w.makeLink(t, url.Values{"opens": {"1"}})
	anon := w.stranger(t)
	statuses := anon.crawl(link, 2)
	if f := failures(statuses); len(f) > 0 {
		t.Fatalf("refused through the version link:\n%s", strings.Join(f, "\n"))
	}
	_, doc := anon.get(link, nil)
	if doc.Find(`[data-testid="version"]`).Length() != 1 || doc.Find(`[data-testid="changes"]`).Length() != 0 {
		t.Error("the version link does not show the version alone")
	}
	for _, closed := range []string{link + "/versions/2", fmt.Sprintf("%s/claims/%d", link, later.ID), link + "/embed", link + "/history"} {
		if res, _ := anon.get(closed, nil); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s answers %d through a link to version 1", closed, res.StatusCode)
		}
	}
	if res, _ := anon.get(link+"/export/json", nil); res.StatusCode != http.StatusOK {
		t.Errorf("the version's export answers %d", res.StatusCode)
	}
}

// TestShareLinkOnPrivateTimeline explains, and makes the timeline unlisted
// only when asked to in the same step.
func TestShareLinkOnPrivateTimeline(t *testing.T) {
	w := newSharedWorld(t)
	tl := w.setVisibility(t, "private")
	_, doc := w.owner.get("/timelines/"+w.slug+"/sharing", nil)
	if !strings.Contains(text(doc.Find(`[data-testid="private-note"]`)), "makes it unlisted") {
		t.Error("the sharing page does not say what a link does to a private timeline")
	}
	res, _ := w.owner.post("/timelines/"+w.slug+"/links", url.Values{"opens": {"living"}}, false)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	links, err := sharing.Of(w.owner.store).ShareLinks(t.Context(), tl.ID)
	if err != nil || len(links) != 0 {
		t.Fatalf("a refused link was made: %v %v", links, err)
	}
	if got := storage.Must(w.owner.store.GetTimeline(t.Context(), w.slug))(t); got.Visibility != "private" {
		t.Errorf("visibility changed to %s without asking", got.Visibility)
	}
	link := w.makeLink(t, url.Values{"opens": {"living"}, "make_unlisted": {"1"}})
	if got := storage.Must(w.owner.store.GetTimeline(t.Context(), w.slug))(t); got.Visibility != "unlisted" {
		t.Errorf("visibility is %s after making a link with make_unlisted", got.Visibility)
	}
	if res, _ := w.stranger(t).get(link, nil); res.StatusCode != http.StatusOK {
		t.Errorf("the new link answers %d", res.StatusCode)
	}
	_, doc = w.owner.get("/timelines/"+w.slug+"/sharing", nil)
	if !strings.Contains(text(doc.Find(`[data-testid="links"]`)), "last used") {
		t.Errorf("the link list does not say when a link was last used: %q", text(doc.Find(`[data-testid="links"]`)))
	}
}

// TestNoDeadLinks crawls what anonymous visitors and a viewer see, from the
// front page and a public timeline whose entries relate to team material: no
// page draws a link its viewer cannot open.
func TestNoDeadLinks(t *testing.T) {
	w := newSharedWorld(t)
	w.setVisibility(t, "public")
	// A published entry later deleted stays in the version, as text.
	if err := w.owner.store.DeleteClaim(t.Context(), w.claim.ID); err != nil {
		t.Fatal(err)
	}
	anon := w.stranger(t)
	for _, start := range []string{"/", "/timelines/" + w.slug, "/timelines/" + w.slug + "/versions/1"} {
		if f := failures(anon.crawl(start, 2)); len(f) > 0 {
			t.Errorf("anonymous, from %s:\n%s", start, strings.Join(f, "\n"))
		}
	}
	viewer := w.stranger(t)
	viewer.signInAs("viewer@example.org", models.RoleViewer)
	if f := failures(viewer.crawl("/", 2)); len(f) > 0 {
		t.Errorf("viewer, from /:\n%s", strings.Join(f, "\n"))
	}
}

// TestFaviconIsServed answers /favicon.ico, which browsers ask for everywhere.
func TestFaviconIsServed(t *testing.T) {
	tc := newAnonClient(t)
	res, _ := tc.get("/favicon.ico", nil)
	wantStatus(t, res, http.StatusOK)
	if ct := res.Header.Get("Content-Type"); ct != "image/x-icon" && ct != "image/vnd.microsoft.icon" {
		t.Errorf("favicon content type %q", ct)
	}
}

// TestExportsLinkWhereTheirReadersCanGo: an export fetched through a share
// link links back under the link, a version's export to the version, and a
// public timeline's to its public address.
func TestExportsLinkWhereTheirReadersCanGo(t *testing.T) {
	w := newSharedWorld(t)
	w.claim.Rating = models.MostlyAccurate // for ClaimReview
	if err := w.owner.store.SaveClaim(t.Context(), w.claim); err != nil {
		t.Fatal(err)
	}
	link := w.makeLink(t, url.Values{"opens": {"living"}})
	anon := w.stranger(t)
	base := anon.srv.URL
	for path, want := range map[string]string{
		link + "/export/markdown":            "<" + base + link + ">",
		link + "/export/html":                `href="` + base + link + `"`,
		link + "/export/svg":                 base + link + "#claim-",
		link + "/export/timelinejs":          base + link + "#claim-",
		link + "/export/csv":                 "",
		link + "/export/claimreview":         base + link + "/claims/",
		link + "/versions/1/export/markdown": "<" + base + link + "/versions/1>",
	} {
		res, err := anon.http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body := new(strings.Builder)
		_, _ = io.Copy(body, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(body.String(), want) || strings.Contains(body.String(), "/timelines/"+w.slug) {
			t.Errorf("%s (%d) does not link %s alone:\n%.400s", path, res.StatusCode, want, body.String())
		}
	}
}

// TestEmbedKeepsTheFilterItWasMadeWith: the sharing page, opened from a
// filtered timeline, offers the embed of that filter, and the embed applies it.
func TestEmbedKeepsTheFilterItWasMadeWith(t *testing.T) {
	w := newSharedWorld(t)
	w.setVisibility(t, "public")
	_, doc := w.owner.get("/timelines/"+w.slug+"?kind=claim", nil)
	sharing, _ := doc.Find(`a[href*="/sharing"]`).Attr("href")
	_, doc = w.owner.get(sharing, nil)
	src, _ := doc.Find(`[data-testid="embed-preview"]`).Attr("src")
	if !strings.HasSuffix(src, "/embed/timelines/"+w.slug+"?kind=claim") {
		t.Fatalf("the embed offered is %q", src)
	}
	u, _ := url.Parse(src)
	res, doc := w.stranger(t).get(u.RequestURI(), nil)
	wantStatus(t, res, http.StatusOK)
	if n := doc.Find(`[data-testid="entry"]`).Length(); n != 1 {
		t.Errorf("the filtered embed shows %d entries, want the one claim", n)
	}
}

func TestEmbedKeepsTheScaleViewItWasMadeFrom(t *testing.T) {
	w := newSharedWorld(t)
	w.setVisibility(t, "public")
	_, doc := w.owner.get("/timelines/"+w.slug+"?kind=claim&view=scale&by=kind", nil)
	sharing, _ := doc.Find(`a[href*="/sharing"]`).Attr("href")
	_, doc = w.owner.get(sharing, nil)
	src, _ := doc.Find(`[data-testid="embed-preview"]`).Attr("src")
	u, err := url.Parse(src)
	if err != nil || u.Query().Get("view") != "scale" || u.Query().Get("by") != "kind" || u.Query().Get("kind") != "claim" {
		t.Fatalf("the embed offered is %q, want the scale view by kind of claims", src)
	}
	res, doc := w.stranger(t).get(u.RequestURI(), nil)
	wantStatus(t, res, http.StatusOK)
	if n := doc.Find(`[data-testid="ts-mark"]`).Length(); n != 1 {
		t.Errorf("the embed draws %d marks, want the one claim", n)
	}
}
