package web

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// lifecycle drives one small world through the life of its data — created,
// cited, related, on a timeline, published, renamed, deleted, restored,
// deleted again and purged — and checks after every step what a researcher
// would look at: the pages, search, the export (and that it reads back), the
// history and the trash.
type lifecycle struct {
	t            *testing.T
	editor       *testClient
	admin        *testClient
	actor        *models.Actor
	source       *models.Source
	claim        *models.Claim
	event        *models.Event
	timelineSlug string
}

func newLifecycle(t *testing.T) *lifecycle {
	t.Helper()
	editor := newTestClient(t)
	admin := &testClient{t: t, srv: editor.srv, store: editor.store}
	admin.newBrowser()
	admin.signInAs("admin@example.org", models.RoleAdmin)
	l := &lifecycle{t: t, editor: editor, admin: admin, timelineSlug: "life"}
	s := editor.store
	owner, err := accounts.Of(s).FindUserByEmail(t.Context(), "editor@example.org")
	if err != nil {
		t.Fatal(err)
	}
	ctx := models.WithUser(t.Context(), owner)
	l.actor = storage.MakeActor(t, s, "Oldname Quokka")
	l.source = storage.MakeSource(t, s, "Quokka Gazette", "Oldname said the marsupials were blameless, reporters heard.", "2022-09-09")
	l.claim = storage.MakeClaim(t, s, l.actor, "The marsupials were blameless", "2022-09-08")
	l.event = storage.MakeEvent(t, s, "Marsupial summit", "2022-09-01")
	if err := s.AddParticipant(ctx, models.Participant{EventID: l.event.ID, ActorID: l.actor.ID, RoleWord: "host"}); err != nil {
		t.Fatal(err)
	}
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: l.claim.ID}, l.source, "the marsupials were blameless")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindEvent, ID: l.event.ID}, l.source, "reporters heard")
	if err := s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: l.claim.ID,
		ToKind: models.KindEvent, ToID: l.event.ID, Kind: "responds to"}); err != nil {
		t.Fatal(err)
	}
	tl := &models.Timeline{Slug: l.timelineSlug, Title: "Life of a claim", Visibility: "team", OwnerID: &owner.ID}
	if err := s.SaveTimeline(ctx, tl); err != nil {
		t.Fatal(err)
	}
	for _, ref := range []models.Ref{{Kind: models.KindClaim, ID: l.claim.ID}, {Kind: models.KindEvent, ID: l.event.ID}} {
		if err := s.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: ref.Kind, ItemID: ref.ID}); err != nil {
			t.Fatal(err)
		}
	}
	editor.get("/timelines/"+l.timelineSlug, nil)
	res, _ := editor.post("/timelines/"+l.timelineSlug+"/publish", url.Values{"message": {"v1"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	return l
}

// searchFinds reports whether a search for q lists the claim.
func (l *lifecycle) searchFinds(q string) bool {
	l.t.Helper()
	res, doc := l.editor.get("/search?q="+url.QueryEscape(q), nil)
	wantStatus(l.t, res, http.StatusOK)
	return doc.Find(fmt.Sprintf(`[data-testid="hit"] a[href="/claims/%d"]`, l.claim.ID)).Length() > 0
}

// timelineShows reports whether the timeline page shows text.
func (l *lifecycle) timelineShows(text string) bool {
	l.t.Helper()
	res, doc := l.editor.get("/timelines/"+l.timelineSlug, nil)
	wantStatus(l.t, res, http.StatusOK)
	return strings.Contains(doc.Find(`[data-testid="timeline-body"]`).Text(), text)
}

// exportReadsBack downloads the timeline's factline JSON and reads it back
// with the import's own checks, returning it.
func (l *lifecycle) exportReadsBack(step string) string {
	l.t.Helper()
	res, err := l.editor.http.Get(l.editor.srv.URL + "/timelines/" + l.timelineSlug + "/export/json")
	if err != nil {
		l.t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		l.t.Fatal(err)
	}
	if _, _, err := importers.Read(strings.NewReader(string(body)), "life.json"); err != nil {
		l.t.Errorf("%s: the export does not read back: %v", step, err)
	}
	return string(body)
}

// status is the status of a GET as the editor.
func (l *lifecycle) status(path string) int {
	l.t.Helper()
	res, _ := l.editor.get(path, nil)
	return res.StatusCode
}

// inTrash reports whether the trash lists the item.
func (l *lifecycle) inTrash(entity string, id int64) bool {
	l.t.Helper()
	_, doc := l.editor.get("/trash", nil)
	return doc.Find(fmt.Sprintf(`form[action="/trash/%s/%d/restore"]`, entity, id)).Length() > 0
}

// post sends a form as the client and checks the status.
func (l *lifecycle) post(c *testClient, path string, want int) {
	l.t.Helper()
	c.get("/trash", nil) // a page with a fresh CSRF token
	res, _ := c.post(path, nil, false)
	if res.StatusCode != want {
		l.t.Fatalf("POST %s: status %d, want %d", path, res.StatusCode, want)
	}
}

func TestLifecycleOfAClaimAndItsSpeaker(t *testing.T) {
	l := newLifecycle(t)
	claimPath := fmt.Sprintf("/claims/%d", l.claim.ID)

	// Created, cited, related, on a timeline, published.
	if !l.searchFinds("Oldname") || !l.searchFinds("marsupials") || !l.timelineShows("Oldname Quokka") {
		t.Fatal("the new claim is not found by its speaker and text, or not on its timeline")
	}
	if out := l.exportReadsBack("created"); !strings.Contains(out, `"responds to"`) {
		t.Error("the export lacks the relation")
	}

	// The speaker is renamed: search, pages and export follow; the version does not.
	a, err := l.editor.store.GetActor(t.Context(), l.actor.ID)
	if err != nil {
		t.Fatal(err)
	}
	a.Name = "Newname Quokka"
	if err := l.editor.store.SaveActor(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	if !l.searchFinds("Newname") || l.searchFinds("Oldname") {
		t.Errorf("after the rename, search for the new name finds the claim: %v; for the old: %v",
			l.searchFinds("Newname"), l.searchFinds("Oldname"))
	}
	if !l.timelineShows("Newname Quokka") || !strings.Contains(l.exportReadsBack("renamed"), "Newname Quokka") {
		t.Error("the timeline or its export still names the old speaker")
	}
	_, doc := l.editor.get("/timelines/"+l.timelineSlug+"/versions/1", nil)
	if !strings.Contains(doc.Find(`[data-testid="version-body"]`).Text(), "Oldname Quokka") {
		t.Error("the published version changed with the rename")
	}

	// The claim is deleted: gone from the timeline, search and export, in the
	// trash, its relation no longer exported; the version shows it as text.
	l.post(l.editor, claimPath+"/delete", http.StatusSeeOther)
	if l.timelineShows("marsupials were blameless") || l.searchFinds("marsupials") || l.status(claimPath) != http.StatusNotFound {
		t.Error("the deleted claim is still on the timeline, found, or open")
	}
	if out := l.exportReadsBack("claim deleted"); strings.Contains(out, "responds to") {
		t.Error("the export keeps the relation of the deleted claim")
	}
	if !l.inTrash("claim", l.claim.ID) {
		t.Error("the deleted claim is not in the trash")
	}
	_, doc = l.editor.get("/timelines/"+l.timelineSlug+"/versions/1", nil)
	if doc.Find(`a[href="`+claimPath+`"]`).Length() != 0 || !strings.Contains(doc.Text(), "marsupials were blameless") {
		t.Error("the version links the deleted claim, or lost its text")
	}
	_, doc = l.editor.get(claimPath+"/history", nil)
	if !strings.Contains(doc.Text(), "delete") {
		t.Error("the claim's history does not record the delete")
	}

	// Restored: everything is back.
	l.post(l.editor, fmt.Sprintf("/trash/claim/%d/restore", l.claim.ID), http.StatusSeeOther)
	if !l.timelineShows("marsupials were blameless") || !l.searchFinds("marsupials") || l.status(claimPath) != http.StatusOK {
		t.Error("the restored claim is not back on the timeline, in search or at its address")
	}
	if out := l.exportReadsBack("claim restored"); !strings.Contains(out, `"responds to"`) {
		t.Error("the restored claim's relation is not exported")
	}

	// The speaker is deleted: their claim is no longer found by their name;
	// restored, it is again.
	l.post(l.editor, fmt.Sprintf("/actors/%d/delete", l.actor.ID), http.StatusSeeOther)
	if l.searchFinds("Newname") || !l.searchFinds("marsupials") {
		t.Error("a deleted speaker's name still finds their claim, or the claim is lost")
	}
	l.post(l.editor, fmt.Sprintf("/trash/actor/%d/restore", l.actor.ID), http.StatusSeeOther)
	if !l.searchFinds("Newname") {
		t.Error("the restored speaker's name does not find their claim")
	}

	// Deleted again and purged by an admin: gone for good, the rest intact.
	l.post(l.editor, claimPath+"/delete", http.StatusSeeOther)
	l.post(l.admin, fmt.Sprintf("/trash/claim/%d/purge", l.claim.ID), http.StatusSeeOther)
	if l.inTrash("claim", l.claim.ID) || l.status(claimPath) != http.StatusNotFound || !l.timelineShows("Marsupial summit") {
		t.Error("the purged claim is still in the trash, or the timeline lost its other entry")
	}
	l.exportReadsBack("claim purged")

	// The speaker is deleted: out of search; purging them is refused while an
	// event names them, with a message, and changes nothing.
	l.post(l.editor, fmt.Sprintf("/actors/%d/delete", l.actor.ID), http.StatusSeeOther)
	l.admin.get("/trash", nil)
	res, doc := l.admin.post(fmt.Sprintf("/trash/actor/%d/purge", l.actor.ID), nil, false)
	if res.StatusCode != http.StatusConflict || !strings.Contains(doc.Text(), "1 events it takes part in") {
		t.Errorf("purging a participant: status %d, %q", res.StatusCode, strings.TrimSpace(doc.Find("main").Text()))
	}
	if !l.inTrash("actor", l.actor.ID) {
		t.Error("a refused purge removed the actor")
	}

	// A source that an event cites is refused too; a published timeline purges
	// with its versions.
	l.post(l.editor, fmt.Sprintf("/sources/%d/delete", l.source.ID), http.StatusSeeOther)
	l.admin.get("/trash", nil)
	res, _ = l.admin.post(fmt.Sprintf("/trash/source/%d/purge", l.source.ID), nil, false)
	wantStatus(t, res, http.StatusConflict)
	l.post(l.editor, "/timelines/"+l.timelineSlug+"/delete", http.StatusSeeOther)
	timelineID := l.trashedTimelineID()
	l.post(l.admin, fmt.Sprintf("/trash/timeline/%d/purge", timelineID), http.StatusSeeOther)
	if l.status("/timelines/"+l.timelineSlug) != http.StatusNotFound || l.status("/timelines/"+l.timelineSlug+"/versions/1") != http.StatusNotFound {
		t.Error("the purged timeline or its version still answers")
	}
}

// trashedTimelineID finds the deleted timeline's id through the editor's trash.
func (l *lifecycle) trashedTimelineID() int64 {
	l.t.Helper()
	_, doc := l.editor.get("/trash", nil)
	var id int64
	doc.Find(`form[action^="/trash/timeline/"]`).Each(func(_ int, s *goquery.Selection) {
		fmt.Sscanf(s.AttrOr("action", ""), "/trash/timeline/%d/restore", &id)
	})
	if id == 0 {
		l.t.Fatal("the deleted timeline is not in the trash")
	}
	return id
}

// eventFound reports whether a search for q lists the event.
func (l *lifecycle) eventFound(q string) bool {
	l.t.Helper()
	_, doc := l.editor.get("/search?q="+url.QueryEscape(q), nil)
	return doc.Find(fmt.Sprintf(`[data-testid="hit"] a[href="/events/%d"]`, l.event.ID)).Length() > 0
}

func TestLifecycleOfAnEventAndItsSource(t *testing.T) {
	l := newLifecycle(t)
	eventPath, sourcePath := fmt.Sprintf("/events/%d", l.event.ID), fmt.Sprintf("/sources/%d", l.source.ID)

	// Edited: search and the timeline follow, the published version does not.
	ev := storage.Must(l.editor.store.GetEvent(t.Context(), l.event.ID))(t)
	ev.Title = "Wombat congress"
	if err := l.editor.store.SaveEvent(t.Context(), ev); err != nil {
		t.Fatal(err)
	}
	if !l.eventFound("wombat") || l.eventFound("summit") || !l.timelineShows("Wombat congress") {
		t.Error("the edited event is not found by its new title, or still by its old, or not on its timeline")
	}
	_, doc := l.editor.get("/timelines/"+l.timelineSlug+"/versions/1", nil)
	if !strings.Contains(doc.Find(`[data-testid="version-body"]`).Text(), "Marsupial summit") {
		t.Error("the published version changed with the edit")
	}
	_, doc = l.editor.get(eventPath+"/history", nil)
	if !strings.Contains(doc.Text(), "Wombat congress") || !strings.Contains(doc.Text(), "Marsupial summit") {
		t.Error("the event's history does not show the edit")
	}

	// The source is deleted: its citations say so and link nowhere; restored, they link again.
	l.post(l.editor, sourcePath+"/delete", http.StatusSeeOther)
	_, doc = l.editor.get(eventPath, nil)
	if doc.Find(`a[href="`+sourcePath+`"]`).Length() != 0 || !strings.Contains(doc.Text(), "deleted source") {
		t.Error("the event links its deleted source, or does not say it was deleted")
	}
	l.post(l.editor, sourcePath+"/delete", http.StatusNotFound)
	l.post(l.editor, fmt.Sprintf("/trash/source/%d/restore", l.source.ID), http.StatusSeeOther)
	_, doc = l.editor.get(eventPath, nil)
	if doc.Find(`a[href="`+sourcePath+`"]`).Length() == 0 {
		t.Error("the restored source is not linked again")
	}

	// The event is deleted, restored, deleted and purged; then nothing cites
	// the source but the claim, and once the claim is purged the source goes too.
	l.post(l.editor, eventPath+"/delete", http.StatusSeeOther)
	if l.timelineShows("Wombat congress") || l.eventFound("wombat") || l.status(eventPath) != http.StatusNotFound {
		t.Error("the deleted event is still shown, found or open")
	}
	if out := l.exportReadsBack("event deleted"); strings.Contains(out, "responds to") {
		t.Error("the export keeps the relation to the deleted event")
	}
	l.post(l.editor, fmt.Sprintf("/trash/event/%d/restore", l.event.ID), http.StatusSeeOther)
	if !l.timelineShows("Wombat congress") || !strings.Contains(l.exportReadsBack("event restored"), "responds to") {
		t.Error("the restored event or its relation did not come back")
	}
	l.post(l.editor, eventPath+"/delete", http.StatusSeeOther)
	l.post(l.admin, fmt.Sprintf("/trash/event/%d/purge", l.event.ID), http.StatusSeeOther)
	l.post(l.editor, fmt.Sprintf("/claims/%d/delete", l.claim.ID), http.StatusSeeOther)
	l.post(l.admin, fmt.Sprintf("/trash/claim/%d/purge", l.claim.ID), http.StatusSeeOther)
	l.post(l.editor, sourcePath+"/delete", http.StatusSeeOther)
	l.post(l.admin, fmt.Sprintf("/trash/source/%d/purge", l.source.ID), http.StatusSeeOther)
	if l.inTrash("source", l.source.ID) || l.status(sourcePath) != http.StatusNotFound {
		t.Error("the purged source is still in the trash or open")
	}
	if !l.timelineShows("No entries") {
		t.Error("the timeline does not say it has no entries left")
	}
	l.exportReadsBack("all purged")
}
