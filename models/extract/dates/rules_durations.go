package dates

import (
	"strings"

	"github.com/factline/factline/models/extract/tokens"
)

// durationRules read lengths of time: "four-week", "the past three months",
// "more than two years", "several days", "2 1/2 hours", "half an hour".
var durationRules = []rule{
	{name: "duration", pattern: "{approx}? {num} -? more? {unit}", typ: "DURATION", norm: durationValue},
	{name: "duration-long", pattern: "{num} - {unit} - long", typ: "DURATION", norm: durationValue},
	{name: "duration-unit-long", pattern: "{unit} - long", typ: "DURATION", norm: unitLong},
	{name: "duration-range", pattern: "{approx}? {num} or|to {othernum} more? {unit}", typ: "DURATION", norm: durationValue},
	{name: "duration-a", pattern: "{approx}? a|an full|additional? {unit}", typ: "DURATION", norm: durationA},
	{name: "duration-decade", pattern: "the past|last decade|century", typ: "DURATION", norm: decadeDuration},
	{name: "duration-for-plural", pattern: "for|within|over {unit}", typ: "DURATION", norm: forPluralDuration},
	{name: "duration-fuzzy", pattern: "{approx}? {fuzzy} more? {unit} ago?", typ: "DURATION", norm: fuzzyValue},
	{name: "duration-span", pattern: "the past|last|next|previous|coming|first|final|latest|remaining|following|same {approx}? {num}|{fuzzy} {unit}", typ: "DURATION", norm: durationValue},
	{name: "duration-the", pattern: "the {num} {unit}", typ: "DURATION", norm: durationValue},
	{name: "duration-half", pattern: "half a|an {unit}", typ: "DURATION", norm: halfDuration},
	{name: "duration-a-half", pattern: "a half {unit}", typ: "DURATION", norm: halfDuration},
	{name: "duration-and-half", pattern: "{approx}? a|an|one {unit} and a half", typ: "DURATION", norm: andHalfDuration},
	{name: "duration-plural", pattern: "coming|ensuing {unit}", typ: "DURATION", norm: pluralDuration},
	{name: "duration-plural-the", pattern: "the past|last|next|coming|ensuing few? {unit}", typ: "DURATION", norm: pluralDuration},
	{name: "duration-ahead", pattern: "the {unit} ahead", typ: "DURATION", norm: pluralDuration},
}

// durationValue renders a count of units; quarters are counted in months.
func durationValue(c *cx) bool {
	n := c.m.Num
	if !c.m.HasNum {
		n = 1
	}
	if c.m.Unit == "WE" || c.m.HasNum && (n == 0 || n > 500) || isAge(c.toks, c.j) || c.lx.IsAge(c.toks, c.i, c.j) {
		return false
	}
	if c.m.Unit == "Q" && tokens.Word(c.toks, c.j) == "of" && !c.m.Fuzzy && (c.has("-") || !c.m.HasNum) || c.m.Unit == "S" && !c.m.HasNum {
		return false // "three-quarters of", "a second group" are no durations
	}
	c.value, c.mod = unitValue(n, c.m.Unit, c.m.Fuzzy), c.m.Mod
	return true
}

// isAge tells "six years old", "a 6-year-old", which are ages, not durations.
func isAge(toks []tokens.Token, j int) bool {
	if tokens.Word(toks, j) == "-" {
		j++
	}
	return tokens.Word(toks, j) == "old"
}

// unitLong reads a length named by its unit alone before "-long": "a
// day-long meeting" lasts a day, "a decades-long dispute" some decades.
func unitLong(c *cx) bool {
	if c.m.Plural {
		return pluralDuration(c)
	}
	return durationValue(c)
}

// durationA reads "a week", but not the rate in "$500 million a year" or
// "four flights a week", nor the "a" of a compound ("a day-long strike").
func durationA(c *cx) bool {
	if tokens.Word(c.toks, c.j) == "-" {
		return false // "a day-long strike": the compound names the length
	}
	if c.i > 0 {
		prev := c.toks[c.i-1]
		_, isNumber := c.lx.Numbers[prev.Low]
		if prev.Digits || isNumber || prev.Low == "million" || prev.Low == "billion" || prev.Low == "times" ||
			len(prev.Low) > 3 && strings.HasSuffix(prev.Low, "s") && !strings.HasSuffix(prev.Low, "ss") {
			return false
		}
	}
	return durationValue(c)
}

// forPluralDuration reads "for years", "within weeks" as PXY, PXW; the
// preposition is left out of the expression.
func forPluralDuration(c *cx) bool {
	if !pluralDuration(c) {
		return false
	}
	c.i++
	return true
}

func halfDuration(c *cx) bool {
	c.value = unitValue(0.5, c.m.Unit, false)
	return c.m.Unit == "Y" || c.m.Unit == "H"
}

// andHalfDuration reads "a minute and a half", "an hour and a half" as one
// and a half of the unit.
// Only units whose half is a whole count of a smaller one are read: "a
// week and a half" is left to "a week".
func andHalfDuration(c *cx) bool {
	switch c.m.Unit {
	case "Y", "D", "H", "MIN":
	default:
		return false
	}
	if c.m.Plural || !durationA(c) { // "$5 a year and a half of it" is a rate
		return false
	}
	c.value = unitValue(1.5, c.m.Unit, false)
	return true
}

// pluralDuration renders "recent weeks", "the next few days" as PXW, PXD.
func pluralDuration(c *cx) bool {
	if !c.m.Plural && tokens.Word(c.toks, c.j-1) != "ahead" || c.m.Unit == "WE" {
		return false
	}
	c.value = unitValue(0, c.m.Unit, true)
	return true
}

// decadeDuration reads "the past decade" as ten years and "the past
// century" as a hundred (the pattern names its unit as a word).
func decadeDuration(c *cx) bool {
	c.value = "P10Y"
	if c.has("century") {
		c.value = "P100Y"
	}
	return true
}

// fuzzyValue reads a vague count of units: a duration ("several years",
// PXY), or with "ago" a point in the past ("several years ago", PAST_REF).
func fuzzyValue(c *cx) bool {
	if c.has("ago") {
		c.value, c.typ = "PAST_REF", "DATE"
		return !c.has("more")
	}
	return durationValue(c)
}
