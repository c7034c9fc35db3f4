package models

import "github.com/factline/factline/models/edtf"

// Period is the year and month a timeline's entry is listed under, on its page
// and in the exports: those of the first day it can be (its end's when open at
// the start), with Month 0 when that day is known only to the year; the zero
// Period (Dated false) for the undated.
type Period struct {
	Year, Month int
	Dated       bool
}

// PeriodOf is the period an entry of date d is listed under.
func PeriodOf(d edtf.Date) Period {
	if d.IsZero() {
		return Period{}
	}
	year, month, _ := edtf.KeyYearMonth(d.SortKey())
	day := d.Start()
	if day.IsZero() {
		day = d.End()
	}
	if day.Precision() == edtf.Year {
		month = 0
	}
	return Period{Year: year, Month: month, Dated: true}
}

// EntryRun follows a timeline's entries in the timeline's order, as its page
// and its exports list them: where a period opens, and the numbers of each
// entry's citations, numbered as notes across the whole timeline. The zero
// EntryRun starts at the timeline's start.
type EntryRun struct {
	period  Period
	started bool
	notes   int
}

// ContinueRun is an EntryRun that goes on after notes notes, in the period
// of the entry before (when continued: a window appended to the one before
// it goes on under the same heading).
func ContinueRun(notes int, before Period, continued bool) EntryRun {
	return EntryRun{period: before, started: continued, notes: notes}
}

// Step is what the next entry of the run shows.
type Step struct {
	// Opens is the period the entry opens a heading for (nil when it goes
	// on under the one before); NewYear is set when that heading starts a
	// new year too.
	Opens   *Period
	NewYear bool
	// Notes are the numbers of the entry's citations, in order.
	Notes []int
}

// Next moves the run on to the next entry, of date d with n citations.
func (r *EntryRun) Next(d edtf.Date, n int) Step {
	var s Step
	if p := PeriodOf(d); !r.started || p != r.period {
		s.NewYear = !r.started || p.Year != r.period.Year || p.Dated != r.period.Dated
		r.period, r.started, s.Opens = p, true, &p
	}
	for range n {
		r.notes++
		s.Notes = append(s.Notes, r.notes)
	}
	return s
}

// Notes is how many notes the run has numbered, those before it included.
func (r *EntryRun) Notes() int { return r.notes }
