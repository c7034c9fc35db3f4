package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestEventCreateShowsDateAtItsPrecision(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/events/new", nil)
	res, _ := tc.post("/events", url.Values{"title": {"Assessment published"}, "occurred": {"8 Sep 2022"},
		"place": {"Geneva"}, "tags": {"Xinjiang, UN"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	res, doc := tc.get(res.Header.Get("Location"), nil)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`[data-testid="date"]`)); got != "8 Sep 2022" {
		t.Errorf("date %q", got)
	}
	if got := text(doc.Find(`[data-testid="place"]`)); got != "Geneva" {
		t.Errorf("place %q", got)
	}
	if got := strings.Join(doc.Find(".tag").Map(func(_ int, s *goquery.Selection) string { return s.Text() }), ","); got != "un,xinjiang" {
		t.Errorf("tags %q", got)
	}
	if doc.Find(`[data-testid="unsourced"]`).Length() != 1 {
		t.Error("an event without citation is not marked unsourced")
	}
}

func TestEventBadInputIsRefusedBesideTheField(t *testing.T) {
	for _, c := range []struct {
		name, field, want string
		form              url.Values
	}{
		{"ambiguous date", "occurred", `"08/09/2022" is ambiguous`, url.Values{"title": {"Kept title"}, "occurred": {"08/09/2022"}}},
		{"impossible date", "occurred", "February 2022 has no day 31", url.Values{"title": {"Kept title"}, "occurred": {"31 Feb 2022"}}},
		{"empty title", "title", "A title is required.", url.Values{"title": {" "}, "occurred": {"2022"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tc := newTestClient(t)
			tc.get("/events/new", nil)
			res, doc := tc.post("/events", c.form, true)
			wantStatus(t, res, http.StatusUnprocessableEntity)
			if msg := text(doc.Find(`[data-testid="error-` + c.field + `"]`)); !strings.Contains(msg, c.want) {
				t.Errorf("message beside %s: %q, want %q", c.field, msg, c.want)
			}
			for _, name := range []string{"title", "occurred"} {
				if got, _ := doc.Find(`input[name="` + name + `"]`).Attr("value"); got != strings.TrimSpace(c.form.Get(name)) {
					t.Errorf("%s not kept: %q", name, got)
				}
			}
			if events := storage.Must(tc.store.ListEvents(t.Context(), 10))(t); len(events) != 0 {
				t.Errorf("%d events stored", len(events))
			}
		})
	}
}

func TestParticipantsAreAddedAndRemovedInline(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Michelle Bachelet")
	event := storage.MakeEvent(t, tc.store, "Assessment published", "2022-08-31")
	path := "/events/" + itoa(event.ID)
	tc.get(path, nil)

	res, doc := tc.post(path+"/participants", url.Values{"actor": {"Nobody Known"}, "role_word": {"author"}}, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if msg := text(doc.Find(`[data-testid="error-actor"]`)); !strings.Contains(msg, `No actor is called "Nobody Known"`) {
		t.Errorf("message beside actor: %q", msg)
	}
	if got, _ := doc.Find(`input[name="role_word"]`).Attr("value"); got != "author" {
		t.Errorf("role not kept: %q", got)
	}
	if doc.Find("html[lang]").Length() != 0 {
		t.Error("htmx got a full page, want the participants fragment")
	}

	res, doc = tc.post(path+"/participants", url.Values{"actor": {"michelle bachelet"}, "role_word": {"author"}}, true)
	wantStatus(t, res, http.StatusOK)
	if got := text(doc.Find(`#participants li`).First()); !strings.HasPrefix(got, "Michelle Bachelet author") {
		t.Errorf("participant %q", got)
	}

	action, _ := doc.Find(`#participants li form`).Attr("action")
	res, doc = tc.post(action, nil, true)
	wantStatus(t, res, http.StatusOK)
	if strings.Contains(text(doc.Find("#participants")), "Michelle Bachelet") {
		t.Error("participant not removed")
	}
}

func TestParticipantPlainFormRedirectsToTheEvent(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Chen Xu")
	event := storage.MakeEvent(t, tc.store, "Press conference", "2022-09-01")
	path := "/events/" + itoa(event.ID)
	tc.get(path, nil)
	res, _ := tc.post(path+"/participants", url.Values{"actor": {"Chen Xu"}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, doc := tc.get(res.Header.Get("Location"), nil)
	if !strings.Contains(text(doc.Find(`[data-testid="participants"]`)), "Chen Xu") {
		t.Error("participant not shown on the event page")
	}
}

func TestEventListIsNewestFirstAndHasFragments(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeEvent(t, tc.store, "Older", "2018-09")
	storage.MakeEvent(t, tc.store, "Newer", "2022-08-31")
	for _, c := range []struct {
		name     string
		header   map[string]string
		wantFull bool
	}{
		{"plain", nil, true},
		{"htmx", map[string]string{"HX-Request": "true"}, false},
		{"history restore", map[string]string{"HX-Request": "true", "HX-History-Restore-Request": "true"}, true},
	} {
		res, doc := tc.get("/events", c.header)
		wantStatus(t, res, http.StatusOK)
		if !strings.Contains(strings.Join(res.Header.Values("Vary"), ","), "HX-Request") {
			t.Errorf("%s: Vary %q", c.name, res.Header.Values("Vary"))
		}
		if full := doc.Find("html[lang]").Length() == 1; full != c.wantFull {
			t.Errorf("%s: full page = %v, want %v", c.name, full, c.wantFull)
		}
		if got := text(doc.Find(`[data-testid="event-list"]`)); got != "31 Aug 2022 Newer Sep 2018 Older" {
			t.Errorf("%s: list %q", c.name, got)
		}
	}
}

func TestEventDeleteSaysWhichTimelinesUseIt(t *testing.T) {
	tc := newTestClient(t)
	event := storage.MakeEvent(t, tc.store, "Press conference", "2022-09-01")
	storage.MakeTimeline(t, tc.store, "xinjiang", models.Ref{Kind: models.KindEvent, ID: event.ID})
	path := "/events/" + itoa(event.ID)
	_, doc := tc.get(path, nil)
	if href, _ := doc.Find(`.actions a.danger`).Attr("href"); href != path+"/delete" {
		t.Errorf("delete link %q", href)
	}
	_, doc = tc.get(path+"/delete", nil)
	if got := text(doc.Find(`[data-testid="usage"]`)); got != "the timeline Timeline xinjiang" {
		t.Errorf("usage %q", got)
	}
	res, _ := tc.post(path+"/delete", nil, false)
	wantStatus(t, res, http.StatusSeeOther)
	if res.Header.Get("Location") != "/events" {
		t.Errorf("after delete: %q", res.Header.Get("Location"))
	}
	res, _ = tc.get(path, nil)
	wantStatus(t, res, http.StatusNotFound)
}

func TestEventEditKeepsWhatWasNotChanged(t *testing.T) {
	tc := newTestClient(t)
	event := storage.MakeEvent(t, tc.store, "Press conference", "2022-09")
	path := "/events/" + itoa(event.ID)
	_, doc := tc.get(path+"/edit", nil)
	form := url.Values{}
	doc.Find(`[data-testid="event-form"] input`).Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		value, _ := s.Attr("value")
		form.Set(name, value)
	})
	form.Set("title", "Regular press conference")
	res, _ := tc.post(path, form, false)
	wantStatus(t, res, http.StatusSeeOther)
	_, doc = tc.get(path, nil)
	if got := text(doc.Find("h1")) + " · " + text(doc.Find(`[data-testid="date"]`)); got != "Regular press conference · Sep 2022" {
		t.Errorf("after edit: %q", got)
	}
}
