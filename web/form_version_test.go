package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models/storage"
)

// TestEditFormsWithoutVersionAreRefused posts the edit forms of a claim, an
// event, an actor and a source without the version they were read at: each is
// refused (422) with a message by its version field, keeps what was typed and
// changes nothing stored; the same form with its version saves. They were
// saved, skipping the check that keeps a stale save from overwriting unseen
// what was saved since.
func TestEditFormsWithoutVersionAreRefused(t *testing.T) {
	tc := newTestClient(t)
	s, ctx := tc.store, t.Context()
	speaker := storage.MakeActor(t, s, "Chen Xu")
	claim := storage.MakeClaim(t, s, speaker, "The sea is rising", "2022-09-08")
	event := storage.MakeEvent(t, s, "The summit", "2022-09-08")
	source := storage.MakeSource(t, s, "The report", "", "2022-09-10")
	for _, form := range []struct {
		path   string
		values url.Values
		stored func() string
	}{
		{fmt.Sprintf("/claims/%d", claim.ID), url.Values{"text": {"The sea is rising fast"}, "speaker": {"Chen Xu"}, "rating": {"unrated"}},
			func() string { return storage.Must(s.GetClaim(ctx, claim.ID))(t).Text }},
		{fmt.Sprintf("/events/%d", event.ID), url.Values{"title": {"The summit fast"}},
			func() string { return storage.Must(s.GetEvent(ctx, event.ID))(t).Title }},
		{fmt.Sprintf("/actors/%d", speaker.ID), url.Values{"name": {"Chen Xu fast"}, "kind": {"person"}},
			func() string { return storage.Must(s.GetActor(ctx, speaker.ID))(t).Name }},
		{fmt.Sprintf("/sources/%d", source.ID), url.Values{"title": {"The report fast"}, "kind": {"article"}},
			func() string { return storage.Must(s.GetSource(ctx, source.ID))(t).Title }},
	} {
		before := form.stored()
		tc.get(form.path+"/edit", nil)
		res, doc := tc.post(form.path, form.values, false)
		wantStatus(t, res, http.StatusUnprocessableEntity)
		if msg := text(doc.Find(`[data-testid="error-version"]`)); !strings.Contains(msg, "lacks the version") {
			t.Errorf("%s without its version: the version field says %q", form.path, msg)
		}
		typed := ""
		for _, v := range form.values {
			typed = v[0]
			if strings.HasSuffix(typed, " fast") {
				break
			}
		}
		if doc.Find(fmt.Sprintf(`input[value=%q], textarea:contains(%q)`, typed, typed)).Length() == 0 {
			t.Errorf("%s without its version: %q is not kept in the form", form.path, typed)
		}
		if got := form.stored(); got != before {
			t.Errorf("%s without its version saved %q (was %q)", form.path, got, before)
		}

		_, edit := tc.get(form.path+"/edit", nil)
		version, _ := edit.Find(`input[name="version"]`).Attr("value")
		form.values.Set("version", version)
		res, _ = tc.post(form.path, form.values, false)
		wantStatus(t, res, http.StatusSeeOther)
		if got := form.stored(); got != typed {
			t.Errorf("%s with its version saved %q, want %q", form.path, got, typed)
		}
	}
}
