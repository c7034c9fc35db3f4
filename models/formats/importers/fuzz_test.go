package importers_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// FuzzImport reads a file as factline JSON, CSV or TimelineJS JSON and imports
// what it accepts: every file is imported or refused with Problems that say
// where and why, never with a database error or a panic.
func FuzzImport(f *testing.F) {
	f.Add([]byte(csvHeader+"\n"+csvRow("2022", "9", "8", "", "Talks", "")+"\n"), "t.csv")
	f.Add([]byte(strings.Join(formats.TimelineJSColumns, ",")+"\n2022,9,,,,,,,c. Sep 2022,Talks,,,,,,,,,\n"), "sheet.csv")
	f.Add([]byte(`{"format":"factline","format_version":1,"timeline":{"title":"x"},"actors":[{"id":1,"kind":"person","name":"Ana"}],
		"sources":[{"id":1,"kind":"article","title":"s","text":"what the source says"}],
		"entries":[{"kind":"claim","id":1,"title":"said","date":"2022","speaker_id":1,"citations":[{"source_id":1,"quote":"the source"}]},
		{"kind":"event","id":2,"title":"e","date":"2022-09","relations":[{"kind":"responds_to","to":"claim-1"}]}]}`), "t.json")
	f.Add([]byte(`{"title":{"text":{"headline":"x"}},"events":[{"start_date":{"year":"2022","month":"9"},"text":{"headline":"y","text":"<p>z</p>"}}]}`), "tl.json")
	store := storage.NewTestStore(f, nil)
	ctx := models.AsSystem(context.Background())
	n := 0
	f.Fuzz(func(t *testing.T, file []byte, name string) {
		n++
		err := func() error {
			doc, format, err := importers.Read(bytes.NewReader(file), name)
			if err != nil {
				return err
			}
			plan, err := formats.NewPlan(ctx, store, doc, format, fmt.Sprintf("fuzz-%d", n))
			if err != nil {
				return err
			}
			_, err = plan.Apply(ctx, store, nil, nil)
			return err
		}()
		var ps formats.Problems
		if err != nil && !errors.As(err, &ps) {
			t.Fatalf("import of %q was refused without saying where: %v", name, err)
		}
	})
}
