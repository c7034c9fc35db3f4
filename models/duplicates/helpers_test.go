package duplicates_test

import (
	"testing"

	"github.com/factline/factline/models/edtf"
)

func mustDate(s string) edtf.Date { return edtf.MustParse(s) }

func mustSave(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
