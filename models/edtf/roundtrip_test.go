package edtf

import (
	"fmt"
	"strings"
	"testing"
)

// generatedPoints returns EDTF dates of every precision and qualifier,
// including leap days, month ends, years below 1000 and zones either side of UTC.
func generatedPoints() []string {
	var points []string
	for _, base := range []string{"0000", "0800", "1999", "2022", "2024", "9999",
		"2022-01", "2022-09", "2024-02", "0999-12",
		"2022-09-08", "2022-09-30", "2024-02-29", "2022-12-31", "0001-01-01",
		"0033-04-01", "-0043-03-15", "-4025", "0000", "Y-13799999999", "Y12000", "-0004-02-29"} {
		for _, q := range []string{"", "?", "~", "%"} {
			points = append(points, base+q)
		}
	}
	for _, zone := range []string{"Z", "+12:00", "-05:00", "+05:30", "-03:30", "+14:00", "-12:00"} {
		points = append(points, "2022-09-10T13:23"+zone, "2022-09-10T00:00:59"+zone, "2022-09-11T23:59:00"+zone)
	}
	points = append(points, "2000-01-05T06:45:56", "2000-01-05T06:45") // local times, as TimelineJS gives them
	return points
}

// generatedDates returns the generated points, every range between two of
// them that is in order, and both open ranges of each point.
func generatedDates(t *testing.T) []Date {
	t.Helper()
	points := generatedPoints()
	var dates []Date
	for _, a := range points {
		dates = append(dates, MustParse(a), MustParse("../"+a), MustParse(a+"/.."))
		for _, b := range points {
			d, err := Parse(a + "/" + b)
			if err != nil {
				if !strings.Contains(err.Error(), "before it starts") {
					t.Fatalf("Parse(%q): %v", a+"/"+b, err)
				}
				continue
			}
			dates = append(dates, d)
		}
	}
	return dates
}

func TestRoundTrip(t *testing.T) {
	dates := generatedDates(t)
	if len(dates) < 3000 {
		t.Fatalf("only %d dates generated", len(dates))
	}
	compact := 0
	for _, d := range dates {
		for _, text := range []string{d.String(), d.Display()} {
			back, err := Parse(text)
			if err != nil {
				t.Errorf("%s: Parse(%q): %v", d, text, err)
			} else if !back.Equal(d) {
				t.Errorf("%s: Parse(%q) = %s", d, text, back)
			}
		}
		if d.isRange && shareYear(d.start, d.end) {
			compact++
		}
	}
	if compact == 0 {
		t.Error("no range showed its year once; the compact forms went untested")
	}
}

func TestRangeOrderMatchesKeys(t *testing.T) {
	for _, d := range generatedDates(t) {
		if d.IsRange() && !d.Start().IsZero() && !d.End().IsZero() && d.SortKey() > d.EndKey() {
			t.Errorf("%s sorts at %s, after its end %s", d, d.SortKey(), d.EndKey())
		}
	}
}

func ExampleDate_Display() {
	for _, s := range []string{"2022-09-08", "2022-09~", "2022-09-12/2022-10-07", "../2022-09-10", "2022-09-10T13:23+12:00"} {
		fmt.Println(MustParse(s).Display())
	}
	// Output:
	// 8 Sep 2022
	// c. Sep 2022
	// 12 Sep – 7 Oct 2022
	// by 10 Sep 2022
	// 10 Sep 2022, 13:23 (UTC+12)
}
