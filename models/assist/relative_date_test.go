package assist

import (
	"strings"
	"testing"

	"github.com/factline/factline/models/edtf"
)

func TestResolveDateAgainstThePublicationDate(t *testing.T) {
	anchor := edtf.MustParse("2022-09-10")
	for _, c := range []struct{ typed, want, display string }{
		{"On Thursday", "2022-09-08", "8 Sep 2022"},
		{"last week", "2022-08-29/2022-09-04", "29 Aug – 4 Sep 2022"},
		{"starting Monday", "2022-09-12", "12 Sep 2022"},
		{"August 31", "2022-08-31", "31 Aug 2022"},
		{"last year", "2021", "2021"},
		{"yesterday", "2022-09-09", "9 Sep 2022"},
	} {
		d, r, err := ResolveDate("en", c.typed, anchor)
		if err != nil || r == nil {
			t.Errorf("%q: %v, %v", c.typed, err, r)
			continue
		}
		if d.String() != c.want || d.Display() != c.display {
			t.Errorf("%q: %s (%s), want %s (%s)", c.typed, d, d.Display(), c.want, c.display)
		}
		if !strings.Contains(r.Explanation, "relative to the publication date 10 Sep 2022") {
			t.Errorf("%q: explanation %q", c.typed, r.Explanation)
		}
	}
	if d, r, err := ResolveDate("en", "8 Sep 2022", anchor); err != nil || r != nil || d.String() != "2022-09-08" {
		t.Errorf("an absolute date: %v %v %v", d, r, err)
	}
	if _, _, err := ResolveDate("en", "on Thursday", edtf.Date{}); err == nil {
		t.Error("a relative date without a publication date was accepted")
	}
	if _, _, err := ResolveDate("en", "four-week", anchor); err == nil {
		t.Error("a duration was accepted as a date")
	}
	if _, _, err := ResolveDate("en", "08/09/2022", anchor); err == nil || !strings.Contains(err.Error(), "ambiguous") {
		t.Errorf("ambiguous date: %v", err)
	}
}
