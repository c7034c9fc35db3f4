package edtf

// Precision says how much of a date is known.
type Precision int

// The precisions, from coarsest to finest; the zero Date has Precision 0.
const (
	// Year is a date known to the year, such as 2022.
	Year Precision = iota + 1
	// Month is a date known to the month, such as 2022-09.
	Month
	// Day is a calendar day, such as 2022-09-08. It has no time zone.
	Day
	// Instant is a moment with its time zone, such as 2022-09-10T13:23+12:00.
	Instant
)

// Date is one date of the model, a single date or a range; the zero value is no date.
type Date struct {
	start, end point // a single date is held in start; end stays zero
	isRange    bool
}

// IsZero reports whether d is no date at all.
func (d Date) IsZero() bool { return d == Date{} }

// IsRange reports whether d is a range, including one with an open end.
func (d Date) IsRange() bool { return d.isRange }

// Start returns the start of a range (zero when open), or d itself when d is not a range.
func (d Date) Start() Date {
	if !d.isRange {
		return d
	}
	return Date{start: d.start}
}

// End returns the end of a range (zero when open), or d itself when d is not a range.
func (d Date) End() Date {
	if !d.isRange {
		return d
	}
	return Date{start: d.end}
}

// Equal reports whether d and o are the same date as written, instants in the same zone.
func (d Date) Equal(o Date) bool { return d == o }

// Precision returns the precision of d; of a range, that of its start, or its end when open.
func (d Date) Precision() Precision {
	if d.start.open() {
		return d.end.prec
	}
	return d.start.prec
}

// Uncertain reports whether d, or either end of a range, is marked uncertain ("?").
func (d Date) Uncertain() bool { return d.start.uncertain || d.end.uncertain }

// Approximate reports whether d, or either end of a range, is marked approximate ("c.").
func (d Date) Approximate() bool { return d.start.approx || d.end.approx }

// single returns the date of a non-range Date, and no point for a range.
func (d Date) single() point {
	if d.isRange {
		return point{}
	}
	return d.start
}

// Year returns the year of a non-range date; 0 for a range or the zero Date.
func (d Date) Year() int { return d.single().year }

// Month returns the month (1–12) of a non-range date, 0 when not known.
func (d Date) Month() int { return d.single().month }

// Day returns the day of the month of a non-range date, 0 when not known.
func (d Date) Day() int { return d.single().day }

// Hour returns the hour (0–23) of an instant as written, 0 for other dates.
func (d Date) Hour() int { return d.single().hour }

// Minute returns the minute of an instant, 0 for other dates.
func (d Date) Minute() int { return d.single().minute }

// Second returns the second of an instant, 0 for other dates.
func (d Date) Second() int { return d.single().second }

// ZoneOffset returns an instant's zone in seconds east of UTC, as time.Time.Zone does; 0 for other dates.
func (d Date) ZoneOffset() int { return d.single().offset * 60 }

// Earliest returns the earliest day d can fall on as "YYYY-MM-DD"; false when zero or open at the start.
func (d Date) Earliest() (string, bool) {
	if d.start.open() {
		return "", false
	}
	return d.start.earliest(), true
}

// Latest returns the latest day d can fall on as "YYYY-MM-DD"; false when zero or open at the end.
func (d Date) Latest() (string, bool) {
	last := d.start
	if d.isRange {
		last = d.end
	}
	if last.open() {
		return "", false
	}
	return last.latest(), true
}

// SortKey returns Earliest, or Latest when d is open at the start ("by 10 Sep 2022" sorts by its end).
func (d Date) SortKey() string {
	if day, ok := d.Earliest(); ok {
		return day
	}
	day, _ := d.Latest()
	return day
}

// EndKey returns Latest, or Earliest when d is open at the end.
func (d Date) EndKey() string {
	if day, ok := d.Latest(); ok {
		return day
	}
	day, _ := d.Earliest()
	return day
}

// MarshalText returns d as canonical EDTF, so JSON carries EDTF strings.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads anything Parse reads; empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	parsed, err := Parse(string(text))
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}
