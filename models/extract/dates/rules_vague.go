package dates

// vagueRules read references to the present, past or future without a
// date: "now", "currently", "recently", "the past", "the near future".
var vagueRules = []rule{
	{name: "present", pattern: "now|currently|presently|nowadays|current", typ: "DATE", norm: fixed("PRESENT_REF")},
	{name: "present-phrase", pattern: "right|just now", typ: "DATE", norm: fixed("PRESENT_REF")},
	{name: "present-these-days", pattern: "these days", typ: "DATE", norm: fixed("PRESENT_REF")},
	{name: "present-at", pattern: "at present", typ: "DATE", norm: fixed("PRESENT_REF")},
	{name: "present-moment", pattern: "at the moment", typ: "DATE", norm: fixed("PRESENT_REF")},
	{name: "past", pattern: "recently|recent|lately", typ: "DATE", norm: fixed("PAST_REF")},
	{name: "past-the", pattern: "the past", typ: "DATE", norm: fixed("PAST_REF")},
	{name: "past-recent-units", pattern: "recent {unit}", typ: "DATE", norm: recentStretch},
	{name: "future", pattern: "the near|distant? future", typ: "DATE", norm: fixed("FUTURE_REF")},
	{name: "future-term", pattern: "the near|short|long term", typ: "DATE", norm: fixed("FUTURE_REF")},
}

// recentUnits reads "recent years", "últimas semanas" as the past in general.
func recentUnits(c *cx) bool {
	c.value = "PAST_REF"
	return c.m.Plural
}

// recentStretch reads English "recent months", "recent weeks", "recent
// days" as a stretch of them up to now (PXM, PXW, PXD), as annotated news
// does, and "recent years" and longer as the past in general.
func recentStretch(c *cx) bool {
	switch c.m.Unit {
	case "M", "W", "D", "H", "MIN":
		c.typ = "DURATION"
		return pluralDuration(c)
	}
	return recentUnits(c)
}
