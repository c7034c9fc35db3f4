package storage

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

func mustDate(s string) edtf.Date { return edtf.MustParse(s) }

func TestClaimWithUnknownSpeakerIsRefused(t *testing.T) {
	s := NewTestStore(t, nil)
	missing := int64(404)
	err := s.SaveClaim(context.Background(), &models.Claim{Text: "x", SpeakerID: &missing})
	var fe models.FieldErrors
	if !errors.As(err, &fe) || fe["speaker"] == "" {
		t.Fatalf("err = %v, want a speaker field error", err)
	}
}

func TestSourceURLMustBeHTTP(t *testing.T) {
	s := NewTestStore(t, nil)
	for _, u := range []string{"javascript:alert(1)", "file:///etc/passwd", "ftp://x.example/a", "http://"} {
		err := s.SaveSource(context.Background(), &models.Source{Kind: "article", Title: "t", URL: u})
		var fe models.FieldErrors
		if !errors.As(err, &fe) || fe["url"] == "" {
			t.Errorf("URL %q: err = %v, want a url field error", u, err)
		}
	}
}

func TestCitationAnchorsTheQuoteInTheSourceText(t *testing.T) {
	s := NewTestStore(t, nil)
	text := "Officials met on Thursday. The envoy spoke of groundless blame in Geneva."
	src := MakeSource(t, s, "Report", text, "2022-09-10")
	claim := MakeClaim(t, s, nil, "blame", "2022")
	c := MakeCitation(t, s, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless blame")
	if c.StartOffset == nil || *c.StartOffset != 46 || *c.EndOffset != 62 {
		t.Fatalf("offsets %v %v", c.StartOffset, c.EndOffset)
	}
	if c.Prefix != "on Thursday. The envoy spoke of " || c.Suffix != " in Geneva." {
		t.Errorf("prefix %q suffix %q", c.Prefix, c.Suffix)
	}
	err := s.SaveCitation(context.Background(), &models.Citation{SourceID: src.ID, ClaimID: &claim.ID, Quote: "not in the text"})
	var fe models.FieldErrors
	if !errors.As(err, &fe) || fe["quote"] == "" {
		t.Errorf("quote not in text: err = %v", err)
	}
}

// TestDateFieldsTakeTodayAndYesterday: "today" and "yesterday" are days.
func TestDateFieldsTakeTodayAndYesterday(t *testing.T) {
	for word, day := range map[string]time.Time{"today": time.Now(), " Yesterday ": time.Now().AddDate(0, 0, -1)} {
		fe := models.FieldErrors{}
		d := models.ParseDate(fe, "accessed", word)
		if len(fe) != 0 || d.String() != day.Format("2006-01-02") {
			t.Errorf("%q reads %q (%v), want %s", word, d.String(), fe, day.Format("2006-01-02"))
		}
	}
}
