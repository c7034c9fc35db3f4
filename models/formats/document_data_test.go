package formats_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// TestDocumentDataExportsWhatTheStoreDid: a timeline frozen as factline JSON
// exports, through DocumentData, to the same bytes as from the Store, in every
// format.
func TestDocumentDataExportsWhatTheStoreDid(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	tl, err := demo.Load(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	frozen := formatstest.ExportString(t, store, tl, "json")
	doc, _, err := importers.Read(strings.NewReader(frozen), "frozen.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range exporters.Formats() {
		var fromStore, fromDoc bytes.Buffer
		if err := f.Write(context.Background(), &fromStore, exporters.Export{Store: store, Timeline: tl}); err != nil {
			t.Fatal(err)
		}
		if err := f.Write(context.Background(), &fromDoc, exporters.Export{Store: formats.DocumentData{Doc: doc}, Timeline: tl}); err != nil {
			t.Fatal(err)
		}
		if fromStore.String() != fromDoc.String() {
			t.Errorf("%s: the frozen document exports differently:\nstore: %.300s\ndoc:   %.300s", f.Name, fromStore.String(), fromDoc.String())
		}
	}
}
