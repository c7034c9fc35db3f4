package edtf

import "time"

// monthWords are the month names people type: in full, in three letters, and "sept".
var monthWords = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayWords are the weekday names people type, in full and shortened.
var weekdayWords = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday,
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
}

// approxWords, first in a date, mark it approximate.
var approxWords = map[string]bool{
	"c.": true, "c": true, "ca.": true, "ca": true, "circa": true, "about": true,
	"around": true, "approx.": true, "approx": true, "approximately": true,
}

// fillerWords carry no meaning in a date: "on 8 Sep", "the 8th of September", "at 13:23".
var fillerWords = map[string]bool{"on": true, "the": true, "of": true, "at": true, "in": true}

// relativeWords mark a date that only means something against another date,
// such as a source's publication date; they are resolved elsewhere, not here.
var relativeWords = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "now": true,
	"last": true, "next": true, "this": true, "previous": true, "coming": true, "ago": true,
	"day": true, "days": true, "week": true, "weeks": true, "weekend": true, "fortnight": true,
	"month": true, "months": true, "year": true, "years": true,
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"earlier": true, "later": true, "recently": true,
}
