package views

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/search"
)

func render(t *testing.T, c interface {
	Render(context.Context, io.Writer) error
}) *goquery.Document {
	t.Helper()
	var buf bytes.Buffer
	if err := c.Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSearchHighlightsEscapeTheText(t *testing.T) {
	hit := search.Hit{Kind: "claim", ItemID: 1, Path: "/claims/1",
		Title:   `<script>alert(1)</script> ` + search.HitStart + "groundless" + search.HitEnd + ` "><img onerror=x>`,
		Snippet: "…" + search.HitStart + "blame" + search.HitEnd + "…"}
	doc := render(t, SearchResults(SearchView{Query: "groundless", Hits: []search.Hit{hit}}))
	if doc.Find("script, img").Length() != 0 {
		t.Fatal("user text became markup")
	}
	marks := doc.Find("mark")
	if marks.Length() != 2 || marks.First().Text() != "groundless" || marks.Last().Text() != "blame" {
		t.Errorf("marks: %d, %q", marks.Length(), marks.Text())
	}
	if !strings.Contains(doc.Find(`[data-testid="hit"] a`).Text(), "<script>alert(1)</script>") {
		t.Error("the title's text is not shown as text")
	}
}

func TestRatingIsShownInWords(t *testing.T) {
	doc := render(t, RatingBadge(models.MostlyAccurate))
	if got := doc.Find(`[data-testid="rating"]`).Text(); got != "mostly accurate" {
		t.Errorf("rating badge %q", got)
	}
	if doc = render(t, RatingBadge(models.Unrated)); doc.Find(`[data-testid="rating"]`).Length() != 0 {
		t.Error("unrated claims show a badge")
	}
}
