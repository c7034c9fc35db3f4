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

// The words typed around a date are read in the source's language: "le
// mardi" in a French source, "am Dienstag" in a German one, "na terça-feira"
// in a Portuguese one (Wednesday 19 May 1999), and still refused when the
// words around the date are more than that.
func TestResolveDateTakesTheWordsAroundADateInTheSourcesLanguage(t *testing.T) {
	anchor := edtf.MustParse("1999-05-19")
	for _, c := range []struct{ lang, typed, want string }{
		{"fr", "le mardi", "1999-05-18"},
		{"fr", "depuis lundi", "1999-05-17"},
		{"fr", "dès le 3 mai", "1999-05-03"},
		{"fr", "jusqu’au 21 mai", "1999-05-21"},
		{"de", "am Dienstag", "1999-05-18"},
		{"de", "seit dem 3. Mai", "1999-05-03"},
		{"de", "seit Montag", "1999-05-17"},
		{"pt", "na terça-feira", "1999-05-18"},
		{"pt", "desde o dia 3 de maio", "1999-05-03"},
		{"en", "on Tuesday", "1999-05-18"},
	} {
		d, r, err := ResolveDate(c.lang, c.typed, anchor)
		if err != nil || r == nil || d.String() != c.want {
			t.Errorf("%s %q: %s, %v, %v; want %s", c.lang, c.typed, d, r, err, c.want)
		}
	}
	for _, c := range []struct{ lang, typed string }{
		{"fr", "le rapport de mardi"},
		{"de", "am Dienstag gesagt"},
		{"pt", "na terça-feira o relatório"},
		{"en", "le mardi"}, // French words are no lead words in an English source
	} {
		if _, r, err := ResolveDate(c.lang, c.typed, anchor); err == nil || r != nil {
			t.Errorf("%s %q was resolved: %v", c.lang, c.typed, r)
		}
	}
}
