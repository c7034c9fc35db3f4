package web

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models/storage"
)

// TestLongListsComeAPageAtATime follows the pages of what cites a source (its
// page and its reader) and of what an actor said and took part in, on a
// public timeline of 250 entries that all cite one source and name one actor:
// each page shows at most 100, and the pages together show every one once.
// These lists were shown whole (a source cited 100,000 times answered 500, an
// actor who said as much got a 15 MB page).
func TestLongListsComeAPageAtATime(t *testing.T) {
	tc := newAnonClient(t)
	storage.SeedTimeline(t, tc.store, "long", 250)
	ctx := t.Context()
	lt := storage.Must(tc.store.LoadTimeline(ctx, "long"))(t)
	source, speaker := lt.Items[0].Citations[0].SourceID, *lt.Items[0].SpeakerID
	for _, list := range []struct {
		path, items, pager string
		want               int
	}{
		{fmt.Sprintf("/sources/%d", source), `[data-testid="citers"] li`, "citers-pager", 250},
		{fmt.Sprintf("/sources/%d/read", source), `[data-testid="reader-notes"] li, [data-testid="reader-unplaced"] li`, "notes-pager", 250},
		{fmt.Sprintf("/actors/%d", speaker), `section[aria-labelledby="said-h"] li`, "claims-pager", 125},
		{fmt.Sprintf("/actors/%d", speaker), `section[aria-labelledby="events-h"] li`, "events-pager", 125},
	} {
		seen := map[string]bool{}
		path, pages := list.path, 0
		for path != "" && pages < 10 {
			res, doc := tc.get(path, nil)
			wantStatus(t, res, http.StatusOK)
			pages++
			items := doc.Find(list.items)
			if items.Length() > 100 {
				t.Errorf("%s shows %d items, want at most 100", path, items.Length())
			}
			items.Each(func(_ int, li *goquery.Selection) {
				href, _ := li.Find("a").First().Attr("href")
				if seen[href] {
					t.Errorf("%s shows %s again", path, href)
				}
				seen[href] = true
			})
			path, _ = doc.Find(`[data-testid="` + list.pager + `"] a[rel="next"]`).Attr("href")
		}
		if len(seen) != list.want || pages != (list.want+99)/100 {
			t.Errorf("%s: %d items over %d pages, want %d over %d", list.path, len(seen), pages, list.want, (list.want+99)/100)
		}
	}
}
