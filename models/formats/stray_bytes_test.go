package formats_test

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// strayVariants are the JSON document doc with a NUL written into one string,
// once for each kind of field (its path with the indices left out).
func strayVariants(t *testing.T, doc string) map[string]string {
	t.Helper()
	var root any
	if err := json.Unmarshal([]byte(doc), &root); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	index := regexp.MustCompile(`\[\d+\]`)
	var walk func(v any, path string, set func(any))
	walk = func(v any, path string, set func(any)) {
		switch x := v.(type) {
		case string:
			kind := index.ReplaceAllString(path, "[]")
			if _, ok := out[kind]; !ok {
				set("a\x00" + x)
				b, err := json.Marshal(root)
				if err != nil {
					t.Fatal(err)
				}
				out[kind] = string(b)
				set(x)
			}
		case []any:
			for i := range x {
				walk(x[i], path+"["+strconv.Itoa(i)+"]", func(n any) { x[i] = n })
			}
		case map[string]any:
			for k := range x {
				walk(x[k], path+"."+k, func(n any) { x[k] = n })
			}
		}
	}
	walk(root, "", nil)
	return out
}

// TestStrayBytesInAnyImportedFieldAreRefused imports the demo timeline's
// factline JSON and TimelineJS exports with a NUL in one field at a time:
// every import that keeps the field is refused with problems naming it (on
// PostgreSQL, whose text refuses NULs, some were a 500), and the database
// never holds one.
func TestStrayBytesInAnyImportedFieldAreRefused(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	demo, err := demo.Load(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "timelinejs"} {
		variants := strayVariants(t, formatstest.ExportString(t, store, demo, format))
		for field, doc := range variants {
			into := storage.NewTestStore(t, nil)
			var got *models.Timeline
			err := func() error {
				d, f, err := importers.Read(strings.NewReader(doc), format+".json")
				if err != nil {
					return err
				}
				plan, err := formats.NewPlan(ctx, into, d, f, "")
				if err != nil {
					return err
				}
				got, err = plan.Apply(ctx, into, nil, nil)
				return err
			}()
			var ps formats.Problems
			switch {
			case errors.As(err, &ps):
				if field != ".format" && !strings.Contains(err.Error(), "NUL") { // another format
					t.Errorf("%s %s: refused for another reason: %v", format, field, err)
				}
			case err != nil:
				t.Errorf("%s %s: %v", format, field, err)
			case strings.Contains(formatstest.ExportString(t, into, got, "json"), `\u0000`):
				t.Errorf("%s %s: imported with the NUL", format, field)
			}
		}
	}
}
