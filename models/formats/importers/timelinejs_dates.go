package importers

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factline/factline/models/edtf"
)

// tjsDateFields are the date fields factline reads; any other is kept in the note.
var tjsDateFields = map[string]bool{"year": true, "month": true, "day": true, "hour": true, "minute": true,
	"second": true, "millisecond": true, "display_date": true, "format": true}

// parseDate reads EDTF.
func parseDate(text string) (edtf.Date, error) { return edtf.Parse(text) }

// date reads the slide's start_date and end_date as EDTF at their precision,
// times of day included, and the author's display date. A slide whose start
// cannot be read is imported without a date, its start kept in the note; an
// end that cannot be read is left to the note. A display date that says the
// same date lends its qualifiers ("c.", "?").
func (s *tjsInSlide) date() (date, display string) {
	start, startShown, ok := s.point("start_date")
	if !ok || start == "" {
		if raw := s.fields["start_date"]; ok && len(raw) > 0 && string(raw) != "null" {
			s.keepRaw("start_date", raw, "has no year; the entry was imported without a date (add one on its page)")
		} else if ok {
			s.r.doc.Keep(s.where, "start_date", "is missing; the entry was imported without a date (add one on its page)")
		}
		return "", s.str("display_date", s.fields["display_date"])
	}
	text := start
	end, endShown, endOK := s.point("end_date")
	if endOK && end != "" {
		if _, err := edtf.Parse(start + "/" + end); err != nil {
			s.keepRaw("end_date", s.fields["end_date"], "ends before the start_date; kept in the entry's note")
		} else {
			text += "/" + end
		}
	}
	d, _ := edtf.Parse(text)
	display = s.str("display_date", s.fields["display_date"])
	if display == "" {
		display = startShown
		if endShown != "" {
			display = strings.TrimSpace(display + " – " + endShown)
		}
	}
	if shown, err := edtf.Parse(display); display != "" && err == nil && shown.EndKey() == d.EndKey() &&
		(shown.SortKey() == d.SortKey() || shown.Start().IsZero()) {
		return shown.String(), ""
	}
	if display == d.Display() {
		display = ""
	}
	return d.String(), display
}

// point reads one TimelineJS date object as one EDTF date; "" when it is
// absent or every field is empty; ok false when it cannot be read, which the
// note then keeps. TimelineJS's year -N is N BCE, EDTF's year 1-N.
func (s *tjsInSlide) point(field string) (text, display string, ok bool) {
	obj := s.object(field)
	if obj == nil {
		return "", "", true
	}
	values := map[string]string{}
	for _, key := range sortedKeys(obj) {
		if !tjsDateFields[key] {
			s.keepRaw(field+"."+key, obj[key], "kept in the entry's note")
			continue
		}
		values[key] = s.str(field+"."+key, obj[key])
	}
	display = values["display_date"]
	for _, key := range []string{"millisecond", "format"} {
		if values[key] != "" {
			s.keepRaw(field+"."+key, obj[key], "kept in the entry's note")
		}
	}
	if values["year"] == "" {
		if values["month"] != "" || values["day"] != "" {
			s.keepRaw(field, s.fields[field], "has a month or day but no year; kept in the entry's note")
			return "", display, false
		}
		return "", display, true
	}
	nums := map[string]int{}
	for _, key := range []string{"year", "month", "day", "hour", "minute", "second"} {
		if values[key] == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(values[key], ".0"))
		if err != nil {
			s.keepRaw(field, s.fields[field], fmt.Sprintf("has %s %q, which is not a number; kept in the entry's note", key, values[key]))
			return "", display, false
		}
		nums[key] = n
	}
	year := nums["year"]
	if year < 0 {
		year++
	}
	text = edtf.FormatYear(year)
	if values["month"] != "" {
		text += fmt.Sprintf("-%02d", nums["month"])
		if values["day"] != "" {
			text += fmt.Sprintf("-%02d", nums["day"])
			if values["hour"] != "" {
				text += fmt.Sprintf("T%02d:%02d", nums["hour"], nums["minute"])
				if values["second"] != "" {
					text += fmt.Sprintf(":%02d", nums["second"])
				}
			}
		}
	}
	if _, err := edtf.Parse(text); err != nil {
		s.keepRaw(field, s.fields[field], fmt.Sprintf("is not a real date (%v); kept in the entry's note", err))
		return "", display, false
	}
	return text, display, true
}
