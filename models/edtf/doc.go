// Package edtf reads, writes and shows factline's dates: a subset of the
// Library of Congress Extended Date/Time Format (EDTF, ISO 8601-2) levels 0
// and 1, and the ways researchers type dates.
//
// A Date is a year ("2022"), a month ("2022-09"), a day ("2022-09-08") or an
// instant, with its zone ("2022-09-10T13:23+12:00") or local, each but an instant
// possibly uncertain ("?"), approximate ("~") or both ("%"); or a range of two
// of them ("2022-09-12/2022-10-07"), either end of which may be open
// ("../2022-09-10", "2022-09-12/.."). Calendar dates have no time zone.
//
// Choices this package makes beyond EDTF:
//   - An unknown range end ("/2022-09-10", "2022-09-12/") is read as open
//     (".."): factline does not tell the two apart, and both sort the same.
//   - Years are astronomical, as in EDTF: year 0 is 1 BCE, "-4025" is 4026
//     BCE; years beyond four digits take EDTF's "Y" ("Y-13799999999").
//     Display writes them as historians do: 602, 33 CE, 4026 BCE.
//   - A time without a zone ("2000-01-05T06:45:56", as TimelineJS gives
//     times of day) is a local time, shown without one; an exact time cannot
//     be uncertain or approximate.
//   - A range from a date to itself is that date ("2011-11-16/2011-11-16" is
//     "2011-11-16"), so it shows once.
//   - Numeric day-month forms ("13/09/2022", "09/13/2022") are read when only
//     one reading is a real date, and refused as ambiguous when both are
//     ("08/09/2022"). Two-digit years are refused.
//   - "before X" and "after X" leave X out ("before 2022" is "../2021",
//     "after 8 Sep 2022" is "2022-09-09/.."); "by", "until", "up to", "from"
//     and "since" take it in. Before or after an instant is on or before or after it.
//   - A typed range's start may leave out the year, or month and year, it
//     shares with its end ("12 Sep – 7 Oct 2022", "12–15 Sep 2022").
//   - A range is in order when its start can fall on or before its end
//     ("2022-09-15/2022-09" is allowed); two instants are compared as moments.
//   - Relative dates ("on Thursday", "last week") are refused: they are
//     resolved against a source's publication date elsewhere.
//   - Early, mid and late are thirds, as ranges: of a month, days 1–10, 11–20
//     and 21 to its end ("early Sep 2022" is "2022-09-01/2022-09-10"); of a
//     year, months 1–4, 5–8 and 9–12 ("mid-2022" is "2022-05/2022-08"); of a
//     decade, years 0–3, 4–6 and 7–9 ("late 1990s" is "1997/1999"). A decade
//     ("1990s") is its ten years. Display writes exactly these ranges back in
//     the words, so they show as typed and export as the ranges they are.
package edtf
