package edtf

import (
	"regexp"
	"strings"
)

// openings are the words that open a range at one end. shift moves the
// date by one unit for the words that exclude it: "before 2022" is "by 2021".
var openings = []struct {
	words     string
	openStart bool
	shift     int
}{
	{"on or before", true, 0}, {"no later than", true, 0}, {"up to", true, 0},
	{"by", true, 0}, {"until", true, 0}, {"till", true, 0}, {"before", true, -1},
	{"on or after", false, 0}, {"no earlier than", false, 0},
	{"from", false, 0}, {"since", false, 0}, {"after", false, 1},
}

// rangeSeparators split a typed range, tried in this order. A lone hyphen
// ("12-15 Sep 2022", "1914-1918") is handled by splitRange itself.
var rangeSeparators = []string{"–", " - ", " to ", " until ", " till "}

// normaliser folds the dashes people type into "–" (or "-" for a minus
// sign), and drops commas and the dots of "a.m." and "p.m.".
var normaliser = strings.NewReplacer("—", "–", "‒", "–", "―", "–", "−", "-",
	",", " ", "a.m.", "am", "p.m.", "pm")

// groupedDigits is a number with thousands separators, such as 13,800,000,000.
var groupedDigits = regexp.MustCompile(`\b\d{1,3}(?:,\d{3})+\b`)

// human reads a date as people type it.
func (p parser) human(raw string) (Date, error) {
	raw = groupedDigits.ReplaceAllStringFunc(raw, func(n string) string { return strings.ReplaceAll(n, ",", "") })
	s := strings.Join(strings.Fields(normaliser.Replace(strings.ToLower(raw))), " ")
	if d, ok, err := p.period(s); ok {
		return d, err
	}
	if rest, ok := strings.CutPrefix(s, "between "); ok {
		first, second, found := strings.Cut(rest, " and ")
		if !found {
			return Date{}, p.notADate()
		}
		return p.humanRange(first, second)
	}
	for _, o := range openings {
		rest, ok := strings.CutPrefix(s, o.words+" ")
		if !ok {
			continue
		}
		if first, second, isRange := splitRange(rest); isRange {
			if o.words != "from" {
				return Date{}, p.notADate()
			}
			return p.humanRange(first, second)
		}
		pt, err := p.point(rest)
		if err != nil {
			return Date{}, err
		}
		if pt = pt.shifted(o.shift); pt.problem() != "" {
			return Date{}, p.check(pt)
		}
		if o.openStart {
			return p.makeRange(point{}, pt)
		}
		return p.makeRange(pt, point{})
	}
	if first, second, isRange := splitRange(s); isRange {
		return p.humanRange(first, second)
	}
	pt, err := p.point(s)
	if err != nil {
		return Date{}, err
	}
	return Date{start: pt}, nil
}

// splitRange splits s at its first range separator outside brackets, so the
// "-" of a zone "(UTC-5)" is not taken for one.
func splitRange(s string) (first, second string, ok bool) {
	for _, sep := range rangeSeparators {
		if i := indexOutsideBrackets(s, sep); i >= 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):]), true
		}
	}
	// A lone hyphen within a word splits ("12-15", "sep-oct"), unless it is
	// part of a numeric date such as 2022-9; one starting a word is a zone's sign.
	i := indexOutsideBrackets(s, "-")
	if i <= 0 || i == len(s)-1 || s[i-1] == ' ' || s[i+1] == ' ' || strings.Count(s, "-") > 1 {
		return "", "", false
	}
	start := strings.LastIndexByte(s[:i], ' ') + 1
	end := len(s)
	if j := strings.IndexByte(s[i:], ' '); j >= 0 {
		end = i + j
	}
	if m := numericPattern.FindStringSubmatch(strings.Trim(s[start:end], "?~%")); m != nil && isNumericDate(m) {
		return "", "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:]), true
}

func indexOutsideBrackets(s, sep string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			depth++
		case s[i] == ')':
			depth--
		case depth == 0 && strings.HasPrefix(s[i:], sep):
			return i
		}
	}
	return -1
}

// humanRange reads a typed range. The start may leave out what it shares
// with the end: the year ("12 Sep – 7 Oct 2022") or month and year ("12–15 Sep
// 2022"); in the American order the end may leave out the month ("Sep 12–15, 2022").
func (p parser) humanRange(first, second string) (Date, error) {
	start, err := p.parts(first)
	if err != nil {
		return Date{}, err
	}
	endParts, err := p.parts(second)
	if err != nil {
		return Date{}, err
	}
	if endParts.has&(hasMonth|hasDay) == hasDay && start.has&(hasMonth|hasYear) == hasMonth {
		endParts.month, endParts.has = start.month, endParts.has|hasMonth
	}
	end, err := p.finish(endParts)
	if err != nil {
		return Date{}, err
	}
	startPoint, err := p.finish(start.completedBy(end))
	if err != nil {
		return Date{}, err
	}
	return p.makeRange(startPoint, end)
}
