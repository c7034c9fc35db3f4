package assist

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/extract/dates"
)

// ResolvedDate is a date typed relative to a source ("on Thursday", "last week")
// with the reasoning a researcher confirms.
type ResolvedDate struct {
	Date        edtf.Date
	Phrase      string    // what was typed
	Anchor      edtf.Date // the publication date it was resolved against
	Explanation string    // "8 Sep 2022 — from “on Thursday”, relative to the publication date 10 Sep 2022"
}

// ResolveDate reads a date field: EDTF and the forms people type as edtf.Parse
// does, and, when anchor (a source's publication day) is known, a relative
// expression resolved against it by the extraction assist, read in lang (a code
// of dates.Languages; another is read as English). resolved is nil when
// the input was a date in its own right.
func ResolveDate(lang, raw string, anchor edtf.Date) (d edtf.Date, resolved *ResolvedDate, err error) {
	d, err = edtf.Parse(raw)
	var pe *edtf.ParseError
	if err == nil || !errors.As(err, &pe) || !pe.MaybeRelative || anchor.IsZero() || anchor.Precision() < edtf.Day {
		return d, nil, err
	}
	phrase := strings.TrimSpace(raw)
	day := anchor.Start().String()[:10]
	for _, t := range dates.DatesIn(lang, phrase, day) {
		if t.Type != "DATE" || !t.Resolved || !onlyFunctionWords(lang, phrase, t) {
			continue // not a date, or only part of what was typed
		}
		rd, ok := TimexDate(t.Value)
		if !ok {
			continue
		}
		return rd, &ResolvedDate{Date: rd, Phrase: phrase, Anchor: anchor,
			Explanation: fmt.Sprintf("%s — from “%s”, relative to the publication date %s", rd.Display(), phrase, anchor.Display())}, nil
	}
	return d, nil, &edtf.ParseError{Input: pe.Input,
		Message: fmt.Sprintf("%s It could not be resolved against the publication date %s either.", pe.Message, anchor.Display())}
}

// onlyFunctionWords reports whether what was typed outside the expression t is
// only words that may stand around a date in language lang ("on", "le", "am":
// dates.FormWord), so that the expression is the whole date. An elided word
// is read up to its apostrophe: "jusqu'au" is "jusqu'" and "au".
func onlyFunctionWords(lang, phrase string, t dates.Timex) bool {
	r := []rune(phrase)
	rest := string(r[:t.Start]) + " " + string(r[t.End:])
	for _, w := range strings.FieldsFunc(strings.ReplaceAll(rest, "’", "'"), func(c rune) bool { return c == ' ' || c == ',' || c == '.' }) {
		for w != "" {
			word := w
			if i := strings.IndexByte(w, '\''); i >= 0 {
				word = w[:i+1]
			}
			if !dates.FormWord(lang, word) {
				return false
			}
			w = w[len(word):]
		}
	}
	return true
}

var (
	weekValue    = regexp.MustCompile(`^(\d{4})-W(\d{1,2})$`)
	quarterValue = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	decadeValue  = regexp.MustCompile(`^(\d{3})$`)
)

// TimexDate turns a TIMEX3 date value into an EDTF date: days, months and years
// as they are; an ISO week, a quarter or a decade as the range of days or months
// it covers. Other values (seasons, parts of days, references) are not dates.
func TimexDate(v string) (edtf.Date, bool) {
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		v = v[:10]
	}
	if d, err := edtf.Parse(v); err == nil && !d.IsZero() {
		return d, true
	}
	var s string
	switch {
	case weekValue.MatchString(v):
		m := weekValue.FindStringSubmatch(v)
		year, _ := strconv.Atoi(m[1])
		week, _ := strconv.Atoi(m[2])
		monday := isoWeekMonday(year, week)
		s = monday.Format("2006-01-02") + "/" + monday.AddDate(0, 0, 6).Format("2006-01-02")
	case quarterValue.MatchString(v):
		m := quarterValue.FindStringSubmatch(v)
		q, _ := strconv.Atoi(m[2])
		s = fmt.Sprintf("%s-%02d/%s-%02d", m[1], 3*q-2, m[1], 3*q)
	case decadeValue.MatchString(v):
		s = v + "0/" + v + "9"
	default:
		return edtf.Date{}, false
	}
	d, err := edtf.Parse(s)
	return d, err == nil
}

// isoWeekMonday is the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+7*(w-1))
}
