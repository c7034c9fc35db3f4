package storage

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/factline/factline/models"
)

func TestAddressKeyMatchesVariantsOfOnePage(t *testing.T) {
	const page = "example.com/news/2022/09/10/china-report"
	for _, tc := range []struct{ name, address, want string }{
		{"as given", "https://example.com/news/2022/09/10/china-report", page},
		{"http", "http://example.com/news/2022/09/10/china-report", page},
		{"www", "https://www.example.com/news/2022/09/10/china-report", page},
		{"case of scheme and host", "HTTPS://WWW.Example.COM/news/2022/09/10/china-report", page},
		{"trailing slash", "https://example.com/news/2022/09/10/china-report/", page},
		{"default port", "https://example.com:443/news/2022/09/10/china-report", page},
		{"default http port", "http://example.com:80/news/2022/09/10/china-report", page},
		{"fragment", "https://example.com/news/2022/09/10/china-report#comments", page},
		{"utm", "https://example.com/news/2022/09/10/china-report?utm_source=twitter&utm_medium=social&utm_campaign=x", page},
		{"fbclid", "https://example.com/news/2022/09/10/china-report?fbclid=IwAR0abc", page},
		{"gclid", "https://example.com/news/2022/09/10/china-report?gclid=Cj0K", page},
		{"mailchimp", "https://example.com/news/2022/09/10/china-report?mc_cid=1a2b&mc_eid=3c4d", page},
		{"amp path suffix", "https://example.com/news/2022/09/10/china-report/amp", page},
		{"amp path suffix slash", "https://example.com/news/2022/09/10/china-report/amp/", page},
		{"amp path prefix", "https://example.com/amp/news/2022/09/10/china-report", page},
		{"amp host", "https://amp.example.com/news/2022/09/10/china-report", page},
		{"amp=1", "https://example.com/news/2022/09/10/china-report?amp=1", page},
		{"amp", "https://example.com/news/2022/09/10/china-report?amp", page},
		{"outputType=amp", "https://example.com/news/2022/09/10/china-report?outputType=amp", page},
		{"mobile m.", "https://m.example.com/news/2022/09/10/china-report", page},
		{"mobile.", "https://mobile.example.com/news/2022/09/10/china-report/?utm_source=app", page},
		{"spaces around", "  https://example.com/news/2022/09/10/china-report  ", page},
		{"other parameters kept, in order", "https://example.com/article?b=2&utm_source=x&a=1", "example.com/article?a=1&b=2"},
		{"other port kept", "https://example.com:8443/a", "example.com:8443/a"},
		{"path case kept", "https://example.com/News/A", "example.com/News/A"},
		{"m is a whole host", "https://m.com/a", "m.com/a"},
		{"not a web address", "ftp://example.com/a", ""},
		{"no host", "https:///a", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := models.AddressKey(tc.address); got != tc.want {
				t.Errorf("AddressKey(%q) = %q, want %q", tc.address, got, tc.want)
			}
		})
	}
}

func TestAddressKeysOfOlderSourcesAreWritten(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	src := &models.Source{Kind: "article", Title: "Old", URL: "https://www.example.com/old/?utm_source=x"}
	mustSave(t, s.SaveSource(ctx, src))
	mustSave(t, s.w(ctx).Exec("UPDATE sources SET url_key = ''").Error)
	mustSave(t, s.backfillAddressKeys(ctx))
	// A variant of its address finds it by its key (FindSourceByURL, as
	// models/duplicates' SourceDuplicates does).
	got := Must(s.FindSourceByURL(ctx, "http://example.com/old"))(t)
	if got.ID != src.ID {
		t.Fatalf("found %v, want the older source", got)
	}
}

func TestFindSourceByURLMatchesAVariantOfTheAddress(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	exact := &models.Source{Kind: "article", Title: "Exact", URL: "https://example.com/a?utm_source=x"}
	other := &models.Source{Kind: "article", Title: "Other", URL: "https://www.example.com/a/"}
	mustSave(t, s.SaveSource(ctx, other))
	mustSave(t, s.SaveSource(ctx, exact))
	for address, want := range map[string]int64{
		"https://example.com/a?utm_source=x":  exact.ID, // the exact address first
		"http://m.example.com/a#top":          other.ID, // else the first with the same page
		"https://example.com/a?fbclid=abc123": other.ID,
	} {
		if got := Must(s.FindSourceByURL(ctx, address))(t); got.ID != want {
			t.Errorf("FindSourceByURL(%q) = source %d, want %d", address, got.ID, want)
		}
	}
	if _, err := s.FindSourceByURL(ctx, "https://example.com/b"); !errors.Is(err, ErrNotFound) {
		t.Errorf("another page: err = %v, want not found", err)
	}
}

func TestSourcesAreMatchedByAddressThroughTheIndexes(t *testing.T) {
	s := NewTestStore(t, nil)
	db := Must(s.DB())(t)
	if s.Engine() == Postgres {
		// PostgreSQL plans a table this small as a scan whatever its indexes,
		// so check that the indexes the lookup needs exist.
		var n int
		err := db.QueryRow(`SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'sources'
			AND indexname IN ('sources_url_key', 'sources_canonical_key')`).Scan(&n)
		if err != nil || n != 2 {
			t.Errorf("the address keys' indexes: %d of 2 (%v)", n, err)
		}
		return
	}
	keys := []string{"example.com/a", "example.com/b"}
	rows, err := db.Query("EXPLAIN QUERY PLAN SELECT id FROM sources WHERE ("+
		strings.ReplaceAll(addressKeyMatch, "IN ?", "IN (?, ?)")+") AND deleted_at IS NULL", keys[0], keys[1], keys[0], keys[1])
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	got := strings.Join(plan, "; ")
	if !strings.Contains(got, "sources_url_key") || !strings.Contains(got, "sources_canonical_key") || strings.Contains(got, "SCAN sources") {
		t.Errorf("the address lookup is not indexed: %s", got)
	}
}
