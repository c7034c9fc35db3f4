package dates

// holidayRules read named days: "Thanksgiving", "last Christmas", "Election
// Day", "New Year's Eve", with the year chosen as for a bare month.
var holidayRules = []rule{
	{name: "holiday", pattern: "{holiday}", typ: "DATE", norm: holidayValue},
	{name: "holiday-rel", pattern: "last|this|next {holiday}", typ: "DATE", norm: holidayValue},
	{name: "holiday-week", pattern: "{holiday} week", typ: "DATE", norm: holidayValue},
}

// holidayValue dates a holiday in the year a month named alone would get;
// "Easter week" is the ISO week of Easter.
func holidayValue(c *cx) bool {
	day := c.lx.HolidayDays[c.m.Holiday]
	c.m.Month = int(day(c.anchor().Year()).Month())
	t := day(monthYear(c))
	if c.has("week") {
		c.value = fmtWeek(t)
		return true
	}
	c.value = fmtDay(t)
	return true
}
