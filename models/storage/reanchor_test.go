package storage

import (
	"context"
	"strings"
	"testing"

	"github.com/factline/factline/models"
)

const reanchorText = "China said the report was groundless. Chen Xu told ACANU the report offered up groundless blame."

// citeIn stores a source with text and a claim citing quote in it.
func citeIn(t *testing.T, s *Store, text, quote string) (*models.Source, *models.Citation) {
	t.Helper()
	src := MakeSource(t, s, "Report", text, "2022-09-10")
	claim := MakeClaim(t, s, nil, "Chen Xu: groundless blame", "2022-09-10")
	return src, MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, quote)
}

func editText(t *testing.T, s *Store, src *models.Source, text string) *models.Citation {
	t.Helper()
	ctx := context.Background()
	src.Text = text
	src.Version = 0
	if err := s.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	cits, err := s.CitationsOfSource(ctx, src.ID)
	if err != nil || len(cits) != 1 {
		t.Fatalf("citations after the edit: %d, %v", len(cits), err)
	}
	return &cits[0]
}

func quoteAt(text string, c *models.Citation) string {
	return string([]rune(text)[*c.StartOffset:*c.EndOffset])
}

func TestReanchorKeepsOffsetsWhenThePassageStaysPut(t *testing.T) {
	s := NewTestStore(t, nil)
	src, before := citeIn(t, s, reanchorText, "groundless blame")
	text := reanchorText + " More text at the end."
	after := editText(t, s, src, text)
	if after.Orphaned || *after.StartOffset != *before.StartOffset || after.Suffix != ". More text at the end." {
		t.Errorf("anchor moved: %+v", after)
	}
}

func TestReanchorFollowsAMovedPassage(t *testing.T) {
	s := NewTestStore(t, nil)
	src, before := citeIn(t, s, reanchorText, "groundless blame")
	text := "Geneva, 10 September — ünïcödé first. " + reanchorText
	after := editText(t, s, src, text)
	if after.Orphaned || *after.StartOffset == *before.StartOffset || quoteAt(text, after) != "groundless blame" {
		t.Fatalf("moved passage not followed: %+v", after)
	}
	if *after.StartOffset != *before.StartOffset+len([]rune("Geneva, 10 September — ünïcödé first. ")) {
		t.Errorf("offset %d counts bytes, not code points", *after.StartOffset)
	}
}

func TestReanchorPicksTheOccurrenceWhoseContextMatches(t *testing.T) {
	s := NewTestStore(t, nil)
	// "the report" occurs twice; the citation is of the second, told to ACANU.
	src := MakeSource(t, s, "Report", reanchorText, "2022-09-10")
	claim := MakeClaim(t, s, nil, "Chen Xu on the report", "2022-09-10")
	second := strings.LastIndex(reanchorText, "the report")
	c := &models.Citation{SourceID: src.ID, ClaimID: &claim.ID, Quote: "the report", StartOffset: &second}
	if err := s.SaveCitation(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	// Both sentences change around the quote; the second keeps "told ACANU" before it.
	text := "Beijing insisted the report was groundless. Later Chen Xu told ACANU the report was unfair."
	after := editText(t, s, src, text)
	want := strings.LastIndex(text, "the report")
	if after.Orphaned || *after.StartOffset != want {
		t.Errorf("anchored at %v, want %d (the occurrence after 'told ACANU')", *after.StartOffset, want)
	}
	if !strings.HasSuffix(after.Prefix, "told ACANU ") || after.Suffix != " was unfair." {
		t.Errorf("context not updated: %q / %q", after.Prefix, after.Suffix)
	}
}

func TestReanchorOrphansADeletedPassageAndKeepsIt(t *testing.T) {
	s := NewTestStore(t, nil)
	src, before := citeIn(t, s, reanchorText, "groundless blame")
	after := editText(t, s, src, "China said the report was groundless.")
	if !after.Orphaned || after.Quote != "groundless blame" || after.Prefix != before.Prefix {
		t.Fatalf("deleted passage: %+v", after)
	}
	// Pasting the passage back anchors it again.
	again := editText(t, s, src, reanchorText)
	if again.Orphaned || quoteAt(reanchorText, again) != "groundless blame" {
		t.Errorf("restored passage not re-anchored: %+v", again)
	}
}

func TestReanchorOrphansAnAmbiguousQuote(t *testing.T) {
	s := NewTestStore(t, nil)
	src, _ := citeIn(t, s, reanchorText, "groundless blame")
	after := editText(t, s, src, "Unrelated: groundless blame. Also unrelated: groundless blame!")
	if !after.Orphaned {
		t.Errorf("a quote found twice with no shared context was anchored at %d", *after.StartOffset)
	}
}

func TestCiteAsNewClaimStoresNeitherWhenTheQuoteIsNotInTheText(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	src := MakeSource(t, s, "Report", reanchorText, "2022-09-10")
	err := s.CiteAsNewClaim(ctx, &models.Claim{Text: "A claim"}, &models.Citation{SourceID: src.ID, Quote: "not in the text"})
	if err == nil {
		t.Fatal("a quote not in the text was accepted")
	}
	if claims := Must(s.ListClaims(ctx, 10))(t); len(claims) != 0 {
		t.Errorf("%d claims stored", len(claims))
	}
}
