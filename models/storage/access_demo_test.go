package storage_test

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// This test reads the demo, which models/demo loads through the Store: it is
// outside package storage, which models/demo imports.

// publicItems is SQL for the (kind, id) pairs an anonymous visitor may read —
// public timelines, their claims and events, the sources those cite, and their
// speakers and participants — built as one set: the reference that the
// one-item checks must agree with.
const publicItems = `WITH pt AS (SELECT id FROM timelines WHERE visibility = 'public' AND deleted_at IS NULL),
	pe AS (SELECT item_kind, item_id FROM timeline_entries WHERE timeline_id IN (SELECT id FROM pt)),
	pub (kind, id) AS (
		SELECT 'timeline', id FROM pt
		UNION SELECT item_kind, item_id FROM pe
		UNION SELECT 'source', source_id FROM citations
			WHERE claim_id IN (SELECT item_id FROM pe WHERE item_kind = 'claim')
			   OR event_id IN (SELECT item_id FROM pe WHERE item_kind = 'event')
		UNION SELECT 'actor', speaker_id FROM claims
			WHERE speaker_id IS NOT NULL AND id IN (SELECT item_id FROM pe WHERE item_kind = 'claim')
		UNION SELECT 'actor', actor_id FROM event_participants
			WHERE event_id IN (SELECT item_id FROM pe WHERE item_kind = 'event'))`

// TestIsPublicAgreesWithThePublicSet checks the one-item checks against the set
// built as a whole, for every item of the demo and of a team timeline.
func TestIsPublicAgreesWithThePublicSet(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	if _, err := demo.Load(ctx, s); err != nil {
		t.Fatal(err)
	}
	hidden := storage.MakeClaim(t, s, storage.MakeActor(t, s, "Quiet speaker"), "team only", "2022")
	src := storage.MakeSource(t, s, "Team source", "", "2022")
	storage.MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: hidden.ID}, src, "a")
	team := &models.Timeline{Slug: "team", Title: "Team", Visibility: "team"}
	storage.Must(0, s.SaveTimeline(ctx, team))(t)
	storage.Must(0, s.AddEntry(ctx, &models.Entry{TimelineID: team.ID, ItemKind: models.KindClaim, ItemID: hidden.ID}))(t)
	db := storage.Must(s.ReadDB())(t)
	public := map[string]bool{}
	for _, w := range queryRows(t, db, publicItems+" SELECT kind, id FROM pub") {
		public[w[0]+" "+w[1]] = true
	}
	for table, kind := range map[string]string{"claims": "claim", "events": "event", "actors": "actor", "sources": "source", "timelines": "timeline"} {
		for _, row := range queryRows(t, db, "SELECT id FROM "+table) {
			id, err := strconv.ParseInt(row[0], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.IsPublic(ctx, kind, id)
			if err != nil {
				t.Fatal(err)
			}
			if w := public[fmt.Sprintf("%s %d", kind, id)]; got != w {
				t.Errorf("%s %d: IsPublic %v, public set %v", kind, id, got, w)
			}
		}
	}
	if len(public) < 15 {
		t.Errorf("the public set has only %d items", len(public))
	}
}

// queryRows runs a query on db and returns its rows, each as its columns' values in text.
func queryRows(t *testing.T, db *sql.DB, query string) [][]string {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for rows.Next() {
		row := make([]string, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
