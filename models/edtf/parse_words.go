package edtf

import (
	"regexp"
	"strings"
	"time"
)

// parts is what the words of one typed date say, before it is checked.
type parts struct {
	has                  fields
	year, month, day     int
	hour, minute, second int
	offset               int
	weekday              time.Weekday
	uncertain, approx    bool
}

// fields records which parts a text gave, so that none is given twice.
type fields uint

const (
	hasYear fields = 1 << iota
	hasMonth
	hasDay
	hasTime
	hasSeconds
	hasZone
	hasWeekday
	hasAM
	hasPM
)

// set records f and reports whether it was new.
func (r *parts) set(f fields) bool {
	if r.has&f != 0 {
		return false
	}
	r.has |= f
	return true
}

var (
	dayPattern  = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?$`)
	timePattern = regexp.MustCompile(`^(\d{1,2}):(\d{2})(?::(\d{2}))?(am|pm)?$`)
	utcPattern  = regexp.MustCompile(`^\(?(?:utc|gmt)([+-]\d{1,2}(?::?\d{2})?)?\)?$`)
	zonePattern = regexp.MustCompile(`^[+-]\d{2}:?\d{2}$`)
	digits      = regexp.MustCompile(`^\d+$`)
)

// point reads one whole typed date.
func (p parser) point(s string) (point, error) {
	r, err := p.parts(s)
	if err != nil {
		return point{}, err
	}
	return p.finish(r)
}

// parts reads the words of one typed date, such as "c. 31 Aug 2022 (?)" or "Thursday 8 Sep".
func (p parser) parts(s string) (parts, error) {
	var r parts
	words := strings.Fields(r.takeQualifiers(s))
	if len(words) > 0 && approxWords[words[0]] {
		r.approx, words = true, words[1:]
	}
	words, err := p.takeEra(&r, words)
	if err != nil {
		return r, err
	}
	for _, w := range words {
		if relativeWords[w] {
			return r, p.relative()
		}
	}
	for _, w := range words {
		ok, err := p.word(&r, strings.TrimSuffix(w, "."))
		if err != nil {
			return r, err
		}
		if !ok {
			return r, p.notADate()
		}
	}
	return r, nil
}

// eraWords mark the era of the year next to them: "4026 BCE", "33 CE", "AD 33".
var eraWords = map[string]bool{"bce": true, "bc": true, "ce": true, "ad": true}

// takeEra records a year written with its era, "4026 BCE" as EDTF's year
// -4025 (year 0 is 1 BCE), and returns the other words.
func (p parser) takeEra(r *parts, words []string) ([]string, error) {
	for i, w := range words {
		era := strings.ReplaceAll(w, ".", "")
		if !eraWords[era] {
			continue
		}
		at := i - 1
		if era == "ad" && i+1 < len(words) && digits.MatchString(words[i+1]) {
			at = i + 1
		}
		if at < 0 || !digits.MatchString(words[at]) || len(words[at]) > 12 || atoi(words[at]) == 0 {
			return nil, p.errorf(`"%s" has an era (%s) without its year. Write the year before it, such as 4026 BCE or 33 CE.`, p.input, w)
		}
		r.year = atoi(words[at])
		if era == "bce" || era == "bc" {
			r.year = 1 - r.year
		}
		r.set(hasYear)
		lo, hi := min(i, at), max(i, at)
		return append(append([]string{}, words[:lo]...), words[hi+1:]...), nil
	}
	return words, nil
}

// takeQualifiers records the trailing marks "(?)", "?", "~" and "%" and returns what is left.
func (r *parts) takeQualifiers(s string) string {
	for {
		s = strings.TrimSpace(s)
		switch {
		case strings.HasSuffix(s, "(?)"):
			r.uncertain, s = true, strings.TrimSuffix(s, "(?)")
		case strings.HasSuffix(s, "?"):
			r.uncertain, s = true, strings.TrimSuffix(s, "?")
		case strings.HasSuffix(s, "~"):
			r.approx, s = true, strings.TrimSuffix(s, "~")
		case strings.HasSuffix(s, "%"):
			r.uncertain, r.approx, s = true, true, strings.TrimSuffix(s, "%")
		default:
			return s
		}
	}
}

// word records what one word says; false when it is not part of a date.
func (p parser) word(r *parts, w string) (bool, error) {
	if fillerWords[w] {
		return true, nil
	}
	if m, ok := monthWords[w]; ok {
		r.month = m
		return r.set(hasMonth), nil
	}
	if wd, ok := weekdayWords[w]; ok {
		r.weekday = wd
		return r.set(hasWeekday), nil
	}
	if w == "am" || w == "pm" {
		return r.set(meridiem(w)), nil
	}
	if m := edtfPattern.FindStringSubmatch(w); m != nil && m[8] == "" {
		return p.edtfWord(r, m)
	}
	if m := dayPattern.FindStringSubmatch(w); m != nil {
		if r.has&hasDay != 0 && len(w) == 2 {
			return false, p.errorf("Write the year in full, such as 2022, or with its era, such as 33 CE.")
		}
		r.day = atoi(m[1])
		return r.set(hasDay), nil
	}
	if m := timePattern.FindStringSubmatch(w); m != nil {
		r.hour, r.minute, r.second = atoi(m[1]), atoi(m[2]), atoi(m[3])
		ok := r.set(hasTime) && (m[3] == "" || r.set(hasSeconds)) && (m[4] == "" || r.set(meridiem(m[4])))
		return ok, nil
	}
	if w == "z" || utcPattern.MatchString(w) || zonePattern.MatchString(w) {
		return p.zoneWord(r, w)
	}
	if m := numericPattern.FindStringSubmatch(w); m != nil && isNumericDate(m) {
		return p.numericDate(r, w, m)
	}
	if digits.MatchString(w) && len(w) <= 2 {
		return false, p.errorf("Write the year in full, such as 2022, or with its era, such as 33 CE.")
	}
	if digits.MatchString(w) && len(w) <= 12 {
		r.year = atoi(w)
		return r.set(hasYear), nil
	}
	return false, nil
}

func meridiem(w string) fields {
	if w == "am" {
		return hasAM
	}
	return hasPM
}

// edtfWord records a date written in EDTF within typed text, such as "from 2022-09-12".
func (p parser) edtfWord(r *parts, m []string) (bool, error) {
	pt, err := p.fromEDTF(m)
	if err != nil {
		return false, err
	}
	r.year = pt.year
	ok := r.set(hasYear)
	if pt.prec >= Month {
		r.month, ok = pt.month, ok && r.set(hasMonth)
	}
	if pt.prec >= Day {
		r.day, ok = pt.day, ok && r.set(hasDay)
	}
	if pt.prec == Instant {
		r.hour, r.minute, r.second, r.offset = pt.hour, pt.minute, pt.second, pt.offset
		ok = ok && r.set(hasTime) && (!pt.seconds || r.set(hasSeconds)) && r.set(hasZone)
	}
	return ok, nil
}

// zoneWord records a zone: "z", "utc", "(UTC+12)", "gmt-5:30", "+12:00".
func (p parser) zoneWord(r *parts, w string) (bool, error) {
	offset := "z"
	if m := utcPattern.FindStringSubmatch(w); m != nil && m[1] != "" {
		offset = m[1]
	} else if m == nil && w != "z" {
		offset = w
	}
	minutes, err := p.zone(offset)
	if err != nil {
		return false, err
	}
	r.offset = minutes
	return r.set(hasZone), nil
}
