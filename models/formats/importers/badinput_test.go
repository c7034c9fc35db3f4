package importers_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// csvHeader is the full header factline writes.
var csvHeader = strings.Join(append(append([]string{}, formats.TimelineJSColumns...), formats.FactlineColumns...), ",")

// csvRow is a row under csvHeader with the given date cells and EDTF date.
func csvRow(year, month, day, display, headline, edtfDate string) string {
	cells := make([]string, len(formats.TimelineJSColumns)+len(formats.FactlineColumns))
	cells[0], cells[1], cells[2], cells[8], cells[9] = year, month, day, display, headline
	cells[19], cells[22] = "event", edtfDate
	return strings.Join(cells, ",")
}

// importRefused imports text into a store that already has the demo and returns
// the Problems it was refused with, checking that nothing changed.
func importRefused(t *testing.T, text, name string) formats.Problems {
	t.Helper()
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	if _, err := demo.Load(ctx, store); err != nil {
		t.Fatal(err)
	}
	before := formatstest.Counts(t, store)
	err := func() error {
		doc, format, err := importers.Read(strings.NewReader(text), name)
		if err != nil {
			return err
		}
		plan, err := formats.NewPlan(ctx, store, doc, format, "")
		if err != nil {
			return err
		}
		_, err = plan.Apply(ctx, store, nil, nil)
		return err
	}()
	var ps formats.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("import of %s was not refused with problems: %v", name, err)
	}
	if after := formatstest.Counts(t, store); after != before {
		t.Errorf("a refused import changed the database: %s, before %s", after, before)
	}
	return ps
}

// wantProblem checks that ps has a problem at where and field whose reason says want.
func wantProblem(t *testing.T, ps formats.Problems, where, field, want string) {
	t.Helper()
	for _, p := range ps {
		if p.Where == where && p.Field == field && strings.Contains(p.Reason, want) {
			return
		}
	}
	t.Errorf("no problem at %s, %s saying %q; got %v", where, field, want, ps)
}

func TestBadInputIsRefusedAndChangesNothing(t *testing.T) {
	noHeadline := strings.Replace(csvHeader, "Headline,", "", 1)
	wide := csvRow("2022", "9", "8", "", "ok", "") + strings.Repeat(",x", 10_000-len(strings.Split(csvHeader, ",")))
	tests := []struct {
		name, file, text   string
		where, field, says string
	}{
		{"missing column", "t.csv", noHeadline + "\n2022,9\n", "row 1", "Headline", "the column is missing"},
		{"date sometime", "t.csv", csvHeader + "\n" + csvRow("", "", "", "", "ok", "sometime") + "\n", "row 2", "EDTF Date", `"sometime" is not a date`},
		{"display date sometime", "t.csv", csvHeader + "\n" + csvRow("", "", "", "sometime", "ok", "") + "\n", "row 2", "Year", `Display Date "sometime"`},
		{"10,000 columns", "t.csv", csvHeader + "\n" + csvRow("2022", "9", "8", "", "ok", "") + "\n" + wide + "\n", "row 3", "", "has 10000 columns"},
		{"another format_version", "t.json", `{"format":"factline","format_version":2,"timeline":{"title":"x"}}`, "file", "format_version", "is 2; this factline reads format_version 1"},
		{"TimelineJS events not a list", "t.json", `{"title":{"text":{"headline":"x"}},"events":{"start_date":{"year":"1"}}}`, "file", "events", "is not a list of slides"},
		{"invalid UTF-8", "t.csv", csvHeader + "\n" + csvRow("2022", "9", "8", "", "caf\xe9", "") + "\n", "file", "", "line 2 has a byte (0xE9"},
		{"unknown actor id", "t.json", `{"format":"factline","format_version":1,"timeline":{"title":"x"},"actors":[],"sources":[],
			"entries":[{"kind":"claim","id":1,"title":"said","date":"2022","speaker_id":999}]}`, "entry 1", "speaker_id", "refers to actor 999, which the file does not have"},
		{"quote not in its source", "t.json", `{"format":"factline","format_version":1,"timeline":{"title":"x"},"actors":[],
			"sources":[{"id":1,"kind":"article","title":"s","text":"what the source says"}],
			"entries":[{"kind":"event","id":1,"title":"ok","date":"2022"},{"kind":"event","id":2,"title":"e","date":"2022","citations":[{"source_id":1,"quote":"not there"}]}]}`,
			"entry 2", "quote", "not in the source's text"},
		{"slug taken", "t.json", `{"format":"factline","format_version":1,"timeline":{"slug":"ohchr-xinjiang-assessment","title":"x"}}`, "timeline", "slug", "is taken"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantProblem(t, importRefused(t, tt.text, tt.file), tt.where, tt.field, tt.says)
		})
	}
}

// endless is a reader of n bytes of CSV-ish text that counts what was read.
type endless struct{ left, read int }

func (e *endless) Read(p []byte) (int, error) {
	if e.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), e.left)
	for i := range n {
		p[i] = 'a'
	}
	e.left -= n
	e.read += n
	return n, nil
}

func TestHugeFileIsRefusedBySize(t *testing.T) {
	r := &endless{left: 200 << 20}
	_, _, err := importers.Read(r, "huge.csv")
	var ps formats.Problems
	if !errors.As(err, &ps) || !strings.Contains(ps.Error(), "larger than 50 MiB") {
		t.Fatalf("a 200 MB file: %v", err)
	}
	if r.read > importers.MaxImportSize+1 {
		t.Errorf("read %d bytes of a file that is too large; should stop after %d", r.read, importers.MaxImportSize+1)
	}
}

func TestUTF16WithBOMIsRead(t *testing.T) {
	text := csvHeader + "\r\n" + csvRow("2022", "9", "8", "", "Türk approved 🙂", "") + "\r\n"
	units := utf16.Encode([]rune(text))
	raw := []byte{0xFF, 0xFE}
	for _, u := range units {
		raw = append(raw, byte(u), byte(u>>8))
	}
	store := storage.NewTestStore(t, nil)
	tl := formatstest.ImportString(t, store, string(raw), "utf16.csv", "utf16")
	lt, err := store.LoadTimeline(models.AsSystem(context.Background()), tl.Slug)
	if err != nil {
		t.Fatal(err)
	}
	if len(lt.Items) != 1 || lt.Items[0].Title != "Türk approved 🙂" || lt.Items[0].Date.Display() != "8 Sep 2022" {
		t.Errorf("UTF-16 import gave %+v", lt.Items)
	}
}
