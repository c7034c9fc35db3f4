package dates

import (
	"fmt"

	"github.com/factline/factline/models/extract/lexicon"
)

// setRules read recurring times: "every week", "each winter", "daily",
// "twice a year", "every Monday".
var setRules = []rule{
	{name: "every-unit", pattern: "every|each {num}? other? {unit}", typ: "SET", norm: everyValue},
	{name: "every-weekday", pattern: "every|each {weekday}", typ: "SET", norm: everyWeekday},
	{name: "every-season", pattern: "every|each {season}", typ: "SET", norm: everySeason},
	{name: "every-month", pattern: "every|each {month}", typ: "SET", norm: everyMonth},
	{name: "every-season-word", pattern: "every|each season", typ: "SET", norm: fixed("P3M")},
	{name: "adverb", pattern: "daily|weekly|monthly|yearly|hourly|nightly", typ: "SET", norm: adverbSet},
	{name: "once-per", pattern: "once|twice|thrice a|per|each {unit}", typ: "SET", norm: everyValue},
	{name: "times-per", pattern: "{num} times a|per|each {unit}", typ: "SET", norm: everyValue},
}

func everyValue(c *cx) bool {
	if c.m.Unit == "WE" {
		c.value = "XXXX-WXX-WE"
		return true
	}
	n := 1.0
	if c.m.HasNum && !c.has("times", "a", "per", "once", "twice", "thrice") {
		n = c.m.Num
	}
	if c.has("other") {
		n *= 2
	}
	c.value = unitValue(n, c.m.Unit, false)
	return true
}

func everyWeekday(c *cx) bool {
	c.value = "XXXX-WXX-" + lexicon.Itoa(c.m.Weekday)
	return true
}

func everySeason(c *cx) bool {
	c.value = "XXXX-" + c.m.Season
	return true
}

// fixed gives every match the same value.
func fixed(v string) normaliser {
	return func(c *cx) bool {
		c.value = v
		return true
	}
}

func adverbSet(c *cx) bool {
	c.value = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
		"hourly": "PT1H", "nightly": "P1D"}[c.first()]
	return true
}

func everyMonth(c *cx) bool {
	c.value = fmt.Sprintf("XXXX-%02d", c.m.Month)
	return true
}
