package assist

import (
	"testing"

	"github.com/factline/factline/models/edtf"
)

// FuzzResolveDate reads a date field as typed, relative to a publication
// day: it never panics, and a date it gives back reads back as itself.
func FuzzResolveDate(f *testing.F) {
	for _, s := range []string{"on Thursday", "last week", "2022-09-08", "three days ago", "next month", "c. Sep 2022", "yesterday", "the 1990s"} {
		f.Add(s)
	}
	anchor := edtf.MustParse("2022-09-10")
	f.Fuzz(func(t *testing.T, raw string) {
		d, _, err := ResolveDate("en", raw, anchor)
		if err != nil || d.IsZero() {
			return
		}
		back, err := edtf.Parse(d.String())
		if err != nil || !back.Equal(d) {
			t.Fatalf("ResolveDate(%q) = %s, which reads back as %s (%v)", raw, d, back, err)
		}
	})
}
