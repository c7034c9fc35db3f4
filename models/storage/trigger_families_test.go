package storage

import (
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// triggerFamilies is the one description of the triggers that both
// migration trees write table by table: for each family, named by the table
// its triggers write, the tables whose writes it follows and on which events.
// A migration that adds a table that pages show, a count or a searchable
// kind adds it here and to both trees; TestTriggerFamiliesFollowTheirDescription
// fails until both engines carry exactly this.
var triggerFamilies = map[string]map[string][]string{
	// data_version: every write to what pages show bumps one counter, which
	// the visitors' page cache compares (migration 00014; captures 00032,
	// which are never deleted and whose timestamps are never rewritten).
	"data_version": {
		"actors": allEvents, "roles": allEvents, "sources": allEvents, "claims": allEvents, "events": allEvents,
		"event_participants": allEvents, "citations": allEvents, "relations": allEvents, "tags": allEvents,
		"timelines": allEvents, "timeline_entries": allEvents, "timeline_eras": allEvents,
		"timeline_collaborators": allEvents, "share_links": allEvents, "versions": allEvents, "users": allEvents,
		"captures": {"insert", "update"}, "capture_timestamps": {"insert"},
	},
	// search_index: each searchable kind keeps its row of the index.
	"search_index": {
		"actors": allEvents, "sources": allEvents, "claims": allEvents, "events": allEvents, "timelines": allEvents,
	},
	// timeline_counts: a timeline's summary and facets (00022, 00023); a
	// timeline's row goes with the timeline.
	"timeline_counts": {
		"timeline_entries": allEvents, "claims": allEvents, "events": allEvents, "event_participants": allEvents,
		"tags": allEvents, "timelines": {"delete"},
	},
	// timeline_scale_counts: the entries of a timeline by year and month for
	// its time scale (00029).
	"timeline_scale_counts": {
		"timeline_entries": allEvents, "claims": allEvents, "events": allEvents, "timelines": {"delete"},
	},
}

var allEvents = []string{"insert", "update", "delete"}

// triggerWrite finds the table of a family that a trigger's statement (on
// SQLite) or its function's body (on PostgreSQL) writes.
var triggerWrite = regexp.MustCompile(`(?i)(?:UPDATE|INSERT\s+(?:OR\s+\w+\s+)?INTO|DELETE\s+FROM)\s+(data_version|search_index|timeline_counts|timeline_scale_counts)\b`)

// triggerFamiliesOf reads which events of which tables have a trigger that
// writes each family's table, as "table event" by family.
func triggerFamiliesOf(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	var rows []struct{ Table, Event, Body string }
	q := `SELECT tbl_name AS "table", '' AS event, sql AS body FROM sqlite_master WHERE type = 'trigger'`
	if s.Engine() == Postgres {
		q = `SELECT e.event_object_table AS "table", lower(e.event_manipulation) AS event, p.prosrc AS body
			FROM information_schema.triggers e
			JOIN pg_namespace n ON n.nspname = e.trigger_schema
			JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = e.event_object_table
			JOIN pg_trigger g ON g.tgrelid = c.oid AND g.tgname = e.trigger_name
			JOIN pg_proc p ON p.oid = g.tgfoid
			WHERE e.trigger_schema = current_schema()`
	}
	if err := s.r(context.Background()).Raw(q).Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, r := range rows {
		if r.Event == "" { // SQLite: one event, in the statement
			m := triggerEvent.FindStringSubmatch(r.Body)
			if m == nil {
				t.Fatalf("trigger on %s: no event in %q", r.Table, r.Body)
			}
			r.Event = strings.ToLower(m[1])
		}
		for _, m := range triggerWrite.FindAllStringSubmatch(r.Body, -1) {
			family := strings.ToLower(m[1])
			if te := r.Table + " " + r.Event; !slices.Contains(out[family], te) {
				out[family] = append(out[family], te)
			}
		}
	}
	return out
}

// TestTriggerFamiliesFollowTheirDescription migrates the SQLite tree, and
// the PostgreSQL tree when FACTLINE_TEST_DB names a PostgreSQL database, and
// checks that each engine's triggers of each family follow exactly the
// tables and events of triggerFamilies: none forgotten, none outside it.
func TestTriggerFamiliesFollowTheirDescription(t *testing.T) {
	stores := map[Engine]*Store{SQLite: NewTestStoreAt(t, filepath.Join(t.TempDir(), "triggers.db"))}
	if TestEngine() == Postgres {
		stores[Postgres] = NewTestStore(t, nil)
	} else {
		t.Logf("checked SQLite only: set %s to a PostgreSQL database to check both trees", TestDBEnv)
	}
	for engine, s := range stores {
		got := triggerFamiliesOf(t, s)
		if len(got["data_version"]) == 0 {
			t.Fatalf("%s: no trigger was read", engine)
		}
		for family, tables := range triggerFamilies {
			var want []string
			for table, events := range tables {
				for _, e := range events {
					want = append(want, table+" "+e)
				}
			}
			have := got[family]
			for _, te := range want {
				if !slices.Contains(have, te) {
					t.Errorf("%s: no trigger on %s writes %s, as the description says one does", engine, te, family)
				}
			}
			for _, te := range have {
				if !slices.Contains(want, te) {
					t.Errorf("%s: a trigger on %s writes %s, which the description does not name", engine, te, family)
				}
			}
		}
	}
}
