package models

import (
	"slices"
	"testing"

	"github.com/factline/factline/models/extract/dates"
)

func TestSourceLanguagesAreTheExtractorsLanguages(t *testing.T) {
	var codes []string
	for _, l := range SourceLanguages {
		codes = append(codes, l.Code)
	}
	slices.Sort(codes)
	if want := dates.Languages(); !slices.Equal(codes, want) {
		t.Errorf("SourceLanguages %v, extract reads %v", codes, want)
	}
}
