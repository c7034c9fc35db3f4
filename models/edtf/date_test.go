package edtf

import (
	"encoding/json"
	"testing"
)

func TestEDTFForms(t *testing.T) {
	tests := []struct {
		in, str, display, earliest, latest, sortKey, endKey string
	}{
		{"2022-09-08", "2022-09-08", "8 Sep 2022", "2022-09-08", "2022-09-08", "2022-09-08", "2022-09-08"},
		{"2022-09", "2022-09", "Sep 2022", "2022-09-01", "2022-09-30", "2022-09-01", "2022-09-30"},
		{"2022", "2022", "2022", "2022-01-01", "2022-12-31", "2022-01-01", "2022-12-31"},
		{"2024-02", "2024-02", "Feb 2024", "2024-02-01", "2024-02-29", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02", "Feb 2023", "2023-02-01", "2023-02-28", "2023-02-01", "2023-02-28"},
		{"2022-09-10T13:23+12:00", "2022-09-10T13:23+12:00", "10 Sep 2022, 13:23 (UTC+12)", "2022-09-10", "2022-09-10", "2022-09-10", "2022-09-10"},
		{"2022-09-10T13:23Z", "2022-09-10T13:23Z", "10 Sep 2022, 13:23 (UTC)", "2022-09-10", "2022-09-10", "2022-09-10", "2022-09-10"},
		{"2022-09-10T13:23:05+05:30", "2022-09-10T13:23:05+05:30", "10 Sep 2022, 13:23:05 (UTC+5:30)", "2022-09-10", "2022-09-10", "2022-09-10", "2022-09-10"},
		{"2022-09-10T23:30-05:00", "2022-09-10T23:30-05:00", "10 Sep 2022, 23:30 (UTC-5)", "2022-09-10", "2022-09-10", "2022-09-10", "2022-09-10"},
		{"2022-09-10t01:00+0000", "2022-09-10T01:00Z", "10 Sep 2022, 01:00 (UTC)", "2022-09-10", "2022-09-10", "2022-09-10", "2022-09-10"},
		{"2022-09-09?", "2022-09-09?", "9 Sep 2022 (?)", "2022-09-09", "2022-09-09", "2022-09-09", "2022-09-09"},
		{"2022-09~", "2022-09~", "c. Sep 2022", "2022-09-01", "2022-09-30", "2022-09-01", "2022-09-30"},
		{"2022-09%", "2022-09%", "c. Sep 2022 (?)", "2022-09-01", "2022-09-30", "2022-09-01", "2022-09-30"},
		{"2022-09-12/2022-10-07", "2022-09-12/2022-10-07", "12 Sep – 7 Oct 2022", "2022-09-12", "2022-10-07", "2022-09-12", "2022-10-07"},
		{"2022-09-12/2022-09-15", "2022-09-12/2022-09-15", "12–15 Sep 2022", "2022-09-12", "2022-09-15", "2022-09-12", "2022-09-15"},
		{"2021-12-30/2022-01-02", "2021-12-30/2022-01-02", "30 Dec 2021 – 2 Jan 2022", "2021-12-30", "2022-01-02", "2021-12-30", "2022-01-02"},
		{"2022-09/2022-10", "2022-09/2022-10", "Sep – Oct 2022", "2022-09-01", "2022-10-31", "2022-09-01", "2022-10-31"},
		{"1914/1918", "1914/1918", "1914 – 1918", "1914-01-01", "1918-12-31", "1914-01-01", "1918-12-31"},
		{"2022-09-12?/2022-10~", "2022-09-12?/2022-10~", "12 Sep 2022 (?) – c. Oct 2022", "2022-09-12", "2022-10-31", "2022-09-12", "2022-10-31"},
		{"../2022-09-10", "../2022-09-10", "by 10 Sep 2022", "", "2022-09-10", "2022-09-10", "2022-09-10"},
		{"2022-09-12/..", "2022-09-12/..", "from 12 Sep 2022", "2022-09-12", "", "2022-09-12", "2022-09-12"},
		{"/2022-09-10", "../2022-09-10", "by 10 Sep 2022", "", "2022-09-10", "2022-09-10", "2022-09-10"},
		{"2022-09-12/", "2022-09-12/..", "from 12 Sep 2022", "2022-09-12", "", "2022-09-12", "2022-09-12"},
		{"0800", "0800", "800", "0800-01-01", "0800-12-31", "0800-01-01", "0800-12-31"},
		{"0033-04-01", "0033-04-01", "1 Apr 33 CE", "0033-04-01", "0033-04-01", "0033-04-01", "0033-04-01"},
		{"-4025", "-4025", "4026 BCE", "-999999995975-01-01", "-999999995975-12-31", "-999999995975-01-01", "-999999995975-12-31"},
		{"0000", "0000", "1 BCE", "0000-01-01", "0000-12-31", "0000-01-01", "0000-12-31"},
		{"Y-13799999999", "Y-13799999999", "13,800,000,000 BCE", "-986200000001-01-01", "-986200000001-12-31", "-986200000001-01-01", "-986200000001-12-31"},
		{"Y12000", "Y12000", "12,000", "Y000000012000-01-01", "Y000000012000-12-31", "Y000000012000-01-01", "Y000000012000-12-31"},
		{"2000-01-05T06:45:56", "2000-01-05T06:45:56", "5 Jan 2000, 06:45:56", "2000-01-05", "2000-01-05", "2000-01-05", "2000-01-05"},
		{"2011-11-16/2011-11-16", "2011-11-16", "16 Nov 2011", "2011-11-16", "2011-11-16", "2011-11-16", "2011-11-16"},
		{"4026 BCE", "-4025", "4026 BCE", "-999999995975-01-01", "-999999995975-12-31", "-999999995975-01-01", "-999999995975-12-31"},
		{"602-629", "0602/0629", "602 – 629", "0602-01-01", "0629-12-31", "0602-01-01", "0629-12-31"},
		{"  2022-09-08 ", "2022-09-08", "8 Sep 2022", "2022-09-08", "2022-09-08", "2022-09-08", "2022-09-08"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := d.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			if got := d.Display(); got != tt.display {
				t.Errorf("Display() = %q, want %q", got, tt.display)
			}
			if got, ok := d.Earliest(); got != tt.earliest || ok != (tt.earliest != "") {
				t.Errorf("Earliest() = %q, %v, want %q", got, ok, tt.earliest)
			}
			if got, ok := d.Latest(); got != tt.latest || ok != (tt.latest != "") {
				t.Errorf("Latest() = %q, %v, want %q", got, ok, tt.latest)
			}
			if got := d.SortKey(); got != tt.sortKey {
				t.Errorf("SortKey() = %q, want %q", got, tt.sortKey)
			}
			if got := d.EndKey(); got != tt.endKey {
				t.Errorf("EndKey() = %q, want %q", got, tt.endKey)
			}
		})
	}
}

func TestMonthSortsBeforeItsDaysAndFallsInItsFilter(t *testing.T) {
	month, day := MustParse("2022-09"), MustParse("12 Sep 2022")
	if !(month.SortKey() < day.SortKey()) {
		t.Errorf("Sep 2022 sorts at %s, after 12 Sep 2022 at %s", month.SortKey(), day.SortKey())
	}
	for _, d := range []Date{month, day} {
		if d.SortKey() < "2022-09-01" || d.EndKey() > "2022-09-30" {
			t.Errorf("%s (%s to %s) falls outside a September filter", d.Display(), d.SortKey(), d.EndKey())
		}
	}
}

func TestZeroDate(t *testing.T) {
	d, err := Parse("   ")
	if err != nil || !d.IsZero() {
		t.Fatalf(`Parse("   ") = %v, %v; want the zero Date`, d, err)
	}
	if d.String() != "" || d.Display() != "" || d.SortKey() != "" || d.EndKey() != "" || d.Precision() != 0 {
		t.Errorf("zero Date shows %q / %q / %q / %q / %d", d.String(), d.Display(), d.SortKey(), d.EndKey(), d.Precision())
	}
	if _, ok := d.Earliest(); ok {
		t.Error("zero Date has an earliest day")
	}
	if _, ok := d.Latest(); ok {
		t.Error("zero Date has a latest day")
	}
	if MustParse("2022").IsZero() {
		t.Error("2022 is zero")
	}
}

func TestParts(t *testing.T) {
	tests := []struct {
		in                                  string
		prec                                Precision
		year, month, day, hour, minute, sec int
		offset                              int
		uncertain, approx                   bool
	}{
		{"2022", Year, 2022, 0, 0, 0, 0, 0, 0, false, false},
		{"2022-09~", Month, 2022, 9, 0, 0, 0, 0, 0, false, true},
		{"2022-09-08?", Day, 2022, 9, 8, 0, 0, 0, 0, true, false},
		{"2022-09-08%", Day, 2022, 9, 8, 0, 0, 0, 0, true, true},
		{"2022-09-10T13:23:05+05:30", Instant, 2022, 9, 10, 13, 23, 5, 19800, false, false},
		{"2022-09-10T13:23-03:30", Instant, 2022, 9, 10, 13, 23, 0, -12600, false, false},
	}
	for _, tt := range tests {
		d := MustParse(tt.in)
		got := []any{d.Precision(), d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), d.ZoneOffset(), d.Uncertain(), d.Approximate()}
		want := []any{tt.prec, tt.year, tt.month, tt.day, tt.hour, tt.minute, tt.sec, tt.offset, tt.uncertain, tt.approx}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: parts %v, want %v", tt.in, got, want)
				break
			}
		}
	}
}

func TestRangeEnds(t *testing.T) {
	d := MustParse("2022-09-12?/2022-10~")
	if !d.IsRange() || d.Year() != 0 || d.Precision() != Day || !d.Uncertain() || !d.Approximate() {
		t.Errorf("range: IsRange %v, Year %d, Precision %d, Uncertain %v, Approximate %v",
			d.IsRange(), d.Year(), d.Precision(), d.Uncertain(), d.Approximate())
	}
	if got := d.Start(); !got.Equal(MustParse("2022-09-12?")) {
		t.Errorf("Start() = %s", got)
	}
	if got := d.End(); !got.Equal(MustParse("2022-10~")) || got.Month() != 10 {
		t.Errorf("End() = %s", got)
	}
	by := MustParse("by 10 Sep 2022")
	if !by.Start().IsZero() || by.End().String() != "2022-09-10" || by.Precision() != Day {
		t.Errorf("by 10 Sep 2022: Start %q, End %q, Precision %d", by.Start(), by.End(), by.Precision())
	}
	if !MustParse("2022-09-12/..").End().IsZero() {
		t.Error("open end is not zero")
	}
	day := MustParse("2022-09-08")
	if day.IsRange() || !day.Start().Equal(day) || !day.End().Equal(day) {
		t.Error("a single day is not its own start and end")
	}
}

func TestEqualComparesAsWritten(t *testing.T) {
	if !MustParse("8 Sep 2022").Equal(MustParse("2022-09-08")) {
		t.Error("8 Sep 2022 differs from 2022-09-08")
	}
	same := [][2]string{{"2022-09-10T13:23+00:00", "2022-09-10T13:23Z"}, {"/2022", "../2022"}}
	for _, pair := range same {
		if !MustParse(pair[0]).Equal(MustParse(pair[1])) {
			t.Errorf("%s differs from %s", pair[0], pair[1])
		}
	}
	different := [][2]string{
		{"2022-09-10T13:23+12:00", "2022-09-10T01:23Z"},
		{"2022-09-10T13:23Z", "2022-09-10T13:23:00Z"},
		{"2022-09", "2022-09~"},
		{"2022-09", "2022-09/.."},
	}
	for _, pair := range different {
		if MustParse(pair[0]).Equal(MustParse(pair[1])) {
			t.Errorf("%s equals %s", pair[0], pair[1])
		}
	}
}

func TestJSONCarriesEDTF(t *testing.T) {
	type event struct {
		When Date `json:"when"`
		Said Date `json:"said"`
	}
	in := event{When: MustParse("12 Sep – 7 Oct 2022")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"when":"2022-09-12/2022-10-07","said":""}` {
		t.Errorf("JSON = %s", b)
	}
	var out event
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("JSON round trip = %+v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"when":"08/09/2022"}`), &out); err == nil {
		t.Error("ambiguous date read from JSON")
	}
}

func TestSQLStoresEDTF(t *testing.T) {
	d := MustParse("c. Sep 2022")
	v, err := d.Value()
	if err != nil || v != "2022-09~" {
		t.Fatalf("Value() = %v, %v", v, err)
	}
	var back Date
	for _, src := range []any{"2022-09~", []byte("2022-09~")} {
		if err := back.Scan(src); err != nil || !back.Equal(d) {
			t.Errorf("Scan(%#v) = %s, %v", src, back, err)
		}
	}
	if err := back.Scan(nil); err != nil || !back.IsZero() {
		t.Errorf("Scan(nil) = %s, %v", back, err)
	}
	if err := back.Scan(42); err == nil {
		t.Error("Scan(42) read a date")
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"asdf\") did not panic")
		}
	}()
	MustParse("asdf")
}
