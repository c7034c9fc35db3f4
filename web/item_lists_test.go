package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"gorm.io/gorm/logger"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/ui"
)

// statementCounter is a gorm logger that counts the statements it is shown.
type statementCounter struct {
	logger.Interface
	n atomic.Int64
}

func (c *statementCounter) Trace(context.Context, time.Time, func() (string, int64), error) {
	c.n.Add(1)
}

func (c *statementCounter) LogMode(logger.LogLevel) logger.Interface { return c }

// TestClaimAndEventListsComeAPageAtATime follows the pages of a claim's and an
// event's lists — citations, relations, participants, timelines it is on,
// and a claim's chain of repetitions — each 105 long (the chain 106, the
// claim among them): each page shows at most 100 and links the next, the pages
// together show every one once, the JSON twin gives a page and the next's
// address, and the page runs no more statements than a claim or event with
// one of each. These lists were shown whole (a claim cited 10,000 times or on
// 5,000 timelines rendered every one).
func TestClaimAndEventListsComeAPageAtATime(t *testing.T) {
	counter := &statementCounter{Interface: logger.Discard}
	tc := newAnonClientOn(t, Config{}, storage.NewTestStore(t, counter))
	s, ctx := tc.store, t.Context()
	const n = ui.ListPageSize + 5
	src := storage.MakeSource(t, s, "The source", "", "2022-09-10")
	refs := func(title string) (claim, event models.Ref) {
		c := storage.MakeClaim(t, s, storage.MakeActor(t, s, "Speaker of "+title), title, "2022-09-08")
		e := storage.MakeEvent(t, s, title, "2022-09-08")
		return models.Ref{Kind: models.KindClaim, ID: c.ID}, models.Ref{Kind: models.KindEvent, ID: e.ID}
	}
	// withOne gives an item one of each: a citation, a relation, a
	// participant (events) and a public timeline slug with a reply on it.
	withOne := func(item models.Ref, i int, slug string) {
		storage.MakeCitation(t, s, item, src, fmt.Sprintf("quote %d", i))
		reply := storage.MakeClaim(t, s, nil, fmt.Sprintf("reply %d to %s %d", i, item.Kind, item.ID), "2022-09-09")
		if err := s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: reply.ID,
			ToKind: item.Kind, ToID: item.ID, Kind: "responds to"}); err != nil {
			t.Fatal(err)
		}
		storage.MakeTimeline(t, s, slug, item, models.Ref{Kind: models.KindClaim, ID: reply.ID})
		if item.Kind == models.KindEvent {
			a := storage.MakeActor(t, s, fmt.Sprintf("Participant %d of %d", i, item.ID))
			if err := s.AddParticipant(ctx, models.Participant{EventID: item.ID, ActorID: a.ID}); err != nil {
				t.Fatal(err)
			}
		}
	}
	longClaim, longEvent := refs("long")
	shortClaim, shortEvent := refs("short")
	for i := range n {
		withOne(longClaim, i, fmt.Sprintf("claim-%03d", i))
		withOne(longEvent, i, fmt.Sprintf("event-%03d", i))
	}
	withOne(shortClaim, 0, "short-claim")
	withOne(shortEvent, 0, "short-event")
	// repeated makes a chain of n claims on a public timeline, each repeating
	// the one before, the first repeating item: a chain as deep as it is long.
	repeated := func(item models.Ref, n int) {
		var refs []models.Ref
		for i := range n {
			c := storage.MakeClaim(t, s, nil, fmt.Sprintf("repeat %d of claim %d", i, item.ID), "2022-09-09")
			if err := s.SaveRelation(ctx, &models.Relation{FromKind: models.KindClaim, FromID: c.ID,
				ToKind: models.KindClaim, ToID: item.ID, Kind: "repeats"}); err != nil {
				t.Fatal(err)
			}
			item = models.Ref{Kind: models.KindClaim, ID: c.ID}
			refs = append(refs, item)
		}
		storage.MakeTimeline(t, s, fmt.Sprintf("chain-%d", refs[0].ID), refs...)
	}
	repeated(longClaim, n)
	repeated(shortClaim, 1)

	// statements is the fewest statements path's page ran in three reads
	// (each its own address, past the visitors' cache; a background job's
	// statement may fall in one of them).
	statements := func(path string) int64 {
		least := int64(-1)
		for try := range 3 {
			counter.n.Store(0)
			res, _ := tc.get(fmt.Sprintf("%s?try=%d", path, try), nil)
			wantStatus(t, res, http.StatusOK)
			if got := counter.n.Load(); least < 0 || got < least {
				least = got
			}
		}
		return least
	}
	for _, pair := range [][2]models.Ref{{longClaim, shortClaim}, {longEvent, shortEvent}} {
		long, short := itemPath(pair[0]), itemPath(pair[1])
		if nl, ns := statements(long), statements(short); nl > ns {
			t.Errorf("%s ran %d statements, %s with one of each %d: want no more", long, nl, short, ns)
		}
	}

	for _, list := range []struct {
		item         models.Ref
		items, pager string
	}{
		{longClaim, `[data-testid="repetition"]`, "repetitions-pager"},
		{longClaim, `[data-testid="citations"] ol.notes > li`, "citations-pager"},
		{longClaim, `[data-testid="relations"] ul > li:not(.muted)`, "relations-pager"},
		{longClaim, `section[aria-labelledby="timelines-h"] ul > li:not(.muted)`, "timelines-pager"},
		{longEvent, `[data-testid="participants"] ul > li:not(.muted)`, "participants-pager"},
		{longEvent, `[data-testid="citations"] ol.notes > li`, "citations-pager"},
		{longEvent, `[data-testid="relations"] ul > li:not(.muted)`, "relations-pager"},
		{longEvent, `section[aria-labelledby="timelines-h"] ul > li:not(.muted)`, "timelines-pager"},
	} {
		seen := map[string]bool{}
		path, pages := itemPath(list.item), 0
		for path != "" && pages < 5 {
			res, doc := tc.get(path, nil)
			wantStatus(t, res, http.StatusOK)
			pages++
			items := doc.Find(list.items)
			if items.Length() > ui.ListPageSize {
				t.Errorf("%s shows %d of %s, want at most %d", path, items.Length(), list.pager, ui.ListPageSize)
			}
			items.Each(func(_ int, li *goquery.Selection) {
				key, _ := li.Attr("id")
				if href, ok := li.Find("a").First().Attr("href"); ok {
					key += href
				}
				if seen[key] {
					t.Errorf("%s shows %q again", path, key)
				}
				seen[key] = true
			})
			path, _ = doc.Find(`[data-testid="` + list.pager + `"] a[rel="next"]`).Attr("href")
		}
		want := n
		if list.item == longClaim && (list.pager == "repetitions-pager" || list.pager == "relations-pager") {
			want = n + 1 // the claim itself among them; the first repeat is a relation too
		}
		if len(seen) != want || pages != 2 {
			t.Errorf("%s %s: %d items over %d pages, want %d over 2", itemPath(list.item), list.pager, len(seen), pages, want)
		}
	}

	for _, item := range []models.Ref{longClaim, longEvent} {
		names := []string{"citations", "relations", "timelines"}
		if item.Kind == models.KindClaim {
			names = append(names, "repetitions")
		}
		res, err := tc.http.Get(tc.srv.URL + itemPath(item) + "?format=json")
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]json.RawMessage
		err = json.NewDecoder(res.Body).Decode(&got)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			var list []any
			var next string
			if err := json.Unmarshal(got[name], &list); err != nil {
				t.Fatalf("%s JSON %s: %v", itemPath(item), name, err)
			}
			_ = json.Unmarshal(got[name+"_next"], &next)
			if len(list) != ui.ListPageSize || next == "" {
				t.Errorf("%s JSON: %d %s and next %q, want %d and the next page", itemPath(item), len(list), name, next, ui.ListPageSize)
			}
		}
	}
}

// itemPath is a claim's or event's page.
func itemPath(r models.Ref) string { return fmt.Sprintf("/%ss/%d", r.Kind, r.ID) }
