package duplicates_test

import (
	"context"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
)

func TestSourceDuplicatesFindsTheSamePageAndTheSameArticle(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	stored := &models.Source{Kind: "article", Title: "China shuns co-operation with UN human rights office",
		URL: "https://www.nzherald.co.nz/world/china-shuns/ABC123/", Publisher: "NZ Herald", Published: mustDate("2022-09-10")}
	mustSave(t, s.SaveSource(ctx, stored))
	captured := &models.Source{Kind: "article", Title: "Rights report", URL: "https://example.org/a?id=7",
		CanonicalURL: "https://www.example.org/rights-report"}
	mustSave(t, s.SaveSource(ctx, captured))
	other := &models.Source{Kind: "article", Title: "China shuns co-operation with UN human rights office",
		Publisher: "Other Paper", Published: mustDate("2022-09-10")}
	mustSave(t, s.SaveSource(ctx, other))

	for _, tc := range []struct {
		name string
		src  models.Source
		want int64
	}{
		{"address variant", models.Source{URL: "http://nzherald.co.nz/world/china-shuns/ABC123?utm_source=tw#top"}, stored.ID},
		{"amp variant", models.Source{URL: "https://amp.nzherald.co.nz/world/china-shuns/ABC123/amp/"}, stored.ID},
		{"its canonical link is a stored address", models.Source{URL: "https://news.example/x",
			CanonicalURL: "https://nzherald.co.nz/world/china-shuns/ABC123"}, stored.ID},
		{"a stored canonical link", models.Source{URL: "https://m.example.org/rights-report?fbclid=1"}, captured.ID},
		{"title, publisher and date", models.Source{Title: "China Shuns Co-operation with UN Human-Rights Office!",
			Publisher: "nz herald", Published: mustDate("2022-09-10")}, stored.ID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).SourceDuplicates(ctx, &tc.src))(t)
			if len(got) != 1 || got[0].ID != tc.want {
				t.Fatalf("duplicates = %v, want source %d", got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name string
		src  models.Source
	}{
		{"another page", models.Source{URL: "https://nzherald.co.nz/world/china-shuns/ABC124"}},
		{"another day", models.Source{Title: "China shuns co-operation with UN human rights office", Publisher: "NZ Herald",
			Published: mustDate("2022-09-11")}},
		{"another publisher", models.Source{Title: "China shuns co-operation with UN human rights office", Publisher: "AP",
			Published: mustDate("2022-09-10")}},
		{"itself", *stored},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).SourceDuplicates(ctx, &tc.src))(t); len(got) != 0 {
				t.Fatalf("duplicates = %v, want none", got)
			}
		})
	}
	mustSave(t, s.DeleteSource(ctx, stored.ID))
	if got := storage.Must(duplicates.Of(s).As(storage.Viewer{System: true}).SourceDuplicates(ctx, &models.Source{URL: stored.URL}))(t); len(got) != 0 {
		t.Fatalf("a deleted source is offered: %v", got)
	}
}
