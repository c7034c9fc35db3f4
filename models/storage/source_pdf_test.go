package storage

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/pdftext"
)

// twoPageReport is a PDF as pdftext reads it, made by hand: two pages printed
// "7" and "8", paragraphs 1 to 3 numbered, the third running on to page 2.
func twoPageReport() (string, pdftext.Document) {
	p1 := "1. The Commission met four times.\n\n2. It examined every complaint.\n\n3. The ministry should publish its waiting times"
	p2 := "every month.\n\nAnnex: members of the Commission."
	text := p1 + "\n\n" + p2
	n1 := len([]rune(p1))
	d := pdftext.Document{Text: text,
		Pages: []pdftext.Page{{Number: 1, Printed: "7", Start: 0, End: n1}, {Number: 2, Printed: "8", Start: n1 + 2, End: len([]rune(text))}},
		Paragraphs: []pdftext.Paragraph{{Number: 1, Start: 0, End: 35}, {Number: 2, Start: 35, End: 68},
			{Number: 3, Start: 68, End: len([]rune(text))}}}
	return text, d
}

func savePDFSource(t *testing.T, s *Store) *models.Source {
	t.Helper()
	text, d := twoPageReport()
	src := &models.Source{Kind: "report", Title: "Annual report", Text: text}
	pdf := pdftext.Record(d, 1234, strings.Repeat("ab", 32))
	mustSave(t, s.SavePDFSource(context.Background(), src, &pdf))
	return src
}

// TestAPDFSourceKeepsItsPagesAndCitationsSayTheirPage: the pages and numbered
// paragraphs are stored with the source, and a citation of it records, as its
// locator, the printed page with the file's page and the paragraph; a locator
// the researcher typed is kept.
func TestAPDFSourceKeepsItsPagesAndCitationsSayTheirPage(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	src := savePDFSource(t, s)
	pdf := Must(s.PDFOf(ctx, src.ID))(t)
	if pdf == nil || pdf.PageCount != 2 || len(pdf.Pages) != 2 || pdf.Pages[1].Printed != "8" || len(pdf.Paragraphs) != 3 || pdf.Size != 1234 {
		t.Fatalf("PDF of the source: %+v", pdf)
	}
	claim := MakeClaim(t, s, nil, "waiting times", "2022")
	ref := models.Ref{Kind: models.KindClaim, ID: claim.ID}
	cases := []struct{ quote, want string }{
		{"It examined every complaint.", "p. 7 (PDF p. 1), para. 2"},
		{"every month.", "p. 8 (PDF p. 2), para. 3"},
		{"waiting times\n\nevery month", "pp. 7–8 (PDF pp. 1–2), para. 3"},
	}
	for _, c := range cases {
		if got := MakeCitation(t, s, ref, src, c.quote); got.Locator != c.want {
			t.Errorf("%q: locator %q, want %q", c.quote, got.Locator, c.want)
		}
	}
	typed := &models.Citation{SourceID: src.ID, ClaimID: &claim.ID, Quote: "every month.", Locator: "footnote 3"}
	mustSave(t, s.SaveCitation(ctx, typed))
	if typed.Locator != "footnote 3" {
		t.Errorf("typed locator became %q", typed.Locator)
	}
	if plain := MakeSource(t, s, "Web page", "It examined every complaint.", "2022"); MakeCitation(t, s, ref, plain, "every complaint").Locator != "" {
		t.Error("a citation of a web page got a page")
	}
	if p, err := s.PDFOf(ctx, MakeSource(t, s, "Other", "text", "2022").ID); p != nil || err != nil {
		t.Errorf("PDF of a web page: %v, %v", p, err)
	}
}

// TestThePDFSourcesTextIsNotEdited: the text read from a PDF is refused by
// the field when changed (its pages' offsets are measured in it), while the
// same text sent back with CRLF line ends, as a form does, saves.
func TestThePDFSourcesTextIsNotEdited(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	src := savePDFSource(t, s)
	got := Must(s.GetSource(ctx, src.ID))(t)
	text := got.Text
	got.Title = "Annual report 2022"
	got.Text = strings.ReplaceAll(text, "\n", "\r\n")
	mustSave(t, s.SaveSource(ctx, got))
	if again := Must(s.GetSource(ctx, src.ID))(t); again.Text != text || again.Title != "Annual report 2022" {
		t.Errorf("after a save with CRLF: title %q, text changed: %v", again.Title, again.Text != text)
	}
	got = Must(s.GetSource(ctx, src.ID))(t)
	got.Text = strings.Replace(text, "four", "five", 1)
	var fe models.FieldErrors
	if err := s.SaveSource(ctx, got); !errors.As(err, &fe) || fe["text"] == "" {
		t.Fatalf("editing a PDF's text: %v, want an error on the field text", err)
	}
	if again := Must(s.GetSource(ctx, src.ID))(t); again.Text != text {
		t.Error("the refused text was stored")
	}
}

// TestAQuoteCopiedFromAPDFViewerAnchors: a quote with a ligature and a word
// hyphenated at a line end, as a PDF viewer copies it, anchors in the text
// factline read, and is kept as that text has it.
func TestAQuoteCopiedFromAPDFViewerAnchors(t *testing.T) {
	s := NewTestStore(t, nil)
	src := savePDFSource(t, s)
	claim := MakeClaim(t, s, nil, "complaints", "2022")
	c := &models.Citation{SourceID: src.ID, ClaimID: &claim.ID, Quote: "It exam-\nined every complaint."}
	mustSave(t, s.SaveCitation(context.Background(), c))
	if c.Quote != "It examined every complaint." || c.Locator != "p. 7 (PDF p. 1), para. 2" {
		t.Errorf("quote %q, locator %q", c.Quote, c.Locator)
	}
}
