package edtf

import "testing"

func TestPartsOfPeriodsAreRangesShownAsTyped(t *testing.T) {
	tests := []struct{ in, want, shown string }{
		{"early September 2022", "2022-09-01/2022-09-10", "early Sep 2022"},
		{"mid-September 2022", "2022-09-11/2022-09-20", "mid-Sep 2022"},
		{"mid September 2022", "2022-09-11/2022-09-20", "mid-Sep 2022"},
		{"late September 2022", "2022-09-21/2022-09-30", "late Sep 2022"},
		{"late Feb 2024", "2024-02-21/2024-02-29", "late Feb 2024"},
		{"Early 2022", "2022-01/2022-04", "early 2022"},
		{"mid-2022", "2022-05/2022-08", "mid-2022"},
		{"late 2022", "2022-09/2022-12", "late 2022"},
		{"early 1990s", "1990/1993", "early 1990s"},
		{"mid-1990s", "1994/1996", "mid-1990s"},
		{"late 1990s", "1997/1999", "late 1990s"},
		{"the 1990s", "1990/1999", "1990s"},
		{"2000s", "2000/2009", "2000s"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if d.String() != tt.want || d.Display() != tt.shown {
			t.Errorf("Parse(%q) = %s shown %q, want %s shown %q", tt.in, d, d.Display(), tt.want, tt.shown)
		}
		if back := MustParse(d.Display()); back != d {
			t.Errorf("%q shows as %q, which reads back as %s", tt.in, d.Display(), back)
		}
	}
	for _, in := range []string{"early 8 Sep 2022", "late c. 2022", "mid-", "early"} {
		if d, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %s, want a message", in, d)
		}
	}
	// A range that is not exactly a third keeps its dates.
	if got := MustParse("2022-09-02/2022-09-10").Display(); got != "2–10 Sep 2022" {
		t.Errorf("2–10 Sep 2022 shown as %q", got)
	}
}
