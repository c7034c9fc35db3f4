package formats_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// TestReimportingATimelinesOwnExportCopiesNoClaimOrEvent: the demo's own
// TimelineJS and factline JSON exports, imported into the same factline, find
// their claims and events by their anchors (unique_id) and put them on the new
// timeline as they are; before, every entry became a duplicate.
func TestReimportingATimelinesOwnExportCopiesNoClaimOrEvent(t *testing.T) {
	for _, format := range []string{"timelinejs", "json"} {
		t.Run(format, func(t *testing.T) {
			out, store := formatstest.ExportDemo(t, format)
			ctx := models.AsSystem(context.Background())
			claims, events := itemCounts(t, store)
			doc, name, err := importers.Read(strings.NewReader(out), "demo."+map[string]string{"timelinejs": "tl.json", "json": "json"}[format])
			if err != nil {
				t.Fatal(err)
			}
			plan, err := formats.NewPlan(ctx, store, doc, name, "again")
			if err != nil {
				t.Fatal(err)
			}
			if plan.SameEntries() != len(doc.Entries) || plan.Claims != 0 || plan.Events != 0 {
				t.Errorf("the preview finds %d of %d entries in factline and would create %d claims and %d events",
					plan.SameEntries(), len(doc.Entries), plan.Claims, plan.Events)
			}
			tl, err := plan.Apply(ctx, store, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if c, e := itemCounts(t, store); c != claims || e != events {
				t.Errorf("the import made %d claims and %d events more", c-claims, e-events)
			}
			if n, err := store.CountEntries(ctx, tl.ID); err != nil || n != int64(len(doc.Entries)) {
				t.Errorf("the new timeline has %d entries, want %d (%v)", n, len(doc.Entries), err)
			}
		})
	}
}

// TestAnAnchorMatchesOnlyTheItemItWasExportedFrom: an anchor whose stored item
// says something else (another factline's, or edited since) is no match; a
// new entry like a stored one is reported as a likely duplicate.
func TestAnAnchorMatchesOnlyTheItemItWasExportedFrom(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	chen := storage.MakeActor(t, store, "Chen Xu")
	claim := storage.MakeClaim(t, store, chen, "The assessment offered up groundless blame of China's policies", "../2022-09-10")
	event := storage.MakeEvent(t, store, "The Human Rights Council's session opens", "2022-09-12")
	file := `{"title":{"text":{"headline":"Again"}},"events":[
		{"start_date":{"year":2022,"month":9,"day":10},"display_date":"by 10 Sep 2022","text":{"headline":"The assessment offered up groundless blame of China's policies"},"unique_id":"claim-` + strconv.FormatInt(claim.ID, 10) + `"},
		{"start_date":{"year":2022,"month":9,"day":10},"text":{"headline":"The assessment offered groundless blame of China's policies, he said"},"unique_id":"claim-` + strconv.FormatInt(claim.ID+1000, 10) + `"},
		{"start_date":{"year":2022,"month":9,"day":12},"text":{"headline":"The Human Rights Council's session opens in Geneva"},"unique_id":"event-` + strconv.FormatInt(event.ID, 10) + `"}]}`
	doc, name, err := importers.Read(strings.NewReader(file), "again.tl.json")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := formats.NewPlan(ctx, store, doc, name, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := plan.Entries[0].Existing; got != claim.ID {
		t.Errorf("the exported claim matched %d, want %d", got, claim.ID)
	}
	for i, want := range []struct {
		kind models.ItemKind
		like int64
	}{{models.KindClaim, claim.ID}, {models.KindEvent, event.ID}} {
		m := plan.Entries[i+1]
		if m.Existing != 0 || m.Kind != want.kind || m.Like != want.like {
			t.Errorf("entry %d (%q): existing %d, %s like %d; want new, a %s like %d", i+2, m.Name, m.Existing, m.Kind, m.Like, want.kind, want.like)
		}
	}
	if plan.Claims != 1 || plan.Events != 1 || len(plan.LikelyEntries()) != 2 {
		t.Errorf("plan: %d claims, %d events, %d likely duplicates", plan.Claims, plan.Events, len(plan.LikelyEntries()))
	}
}

// itemCounts counts the stored claims and events.
func itemCounts(t *testing.T, store *storage.Store) (claims, events int) {
	t.Helper()
	ctx := models.AsSystem(context.Background())
	c, err := store.ListClaims(ctx, 10000)
	if err != nil {
		t.Fatal(err)
	}
	e, err := store.ListEvents(ctx, 10000)
	if err != nil {
		t.Fatal(err)
	}
	return len(c), len(e)
}
