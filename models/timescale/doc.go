// Package timescale lays a timeline's entries out on a proportional time axis
// and draws them as SVG: one swimlane a group, points for days, bars for ranges
// and coarse dates, open ends and qualified dates drawn as what they are, and a
// density band where marks would overlap. The timeline page's scale view and
// the SVG export both draw with it, so the two agree.
//
// Time is counted in days since 1970-01-01 of the proleptic Gregorian
// calendar, as float64, with astronomical year numbering (year 0 is 1 BCE), so
// hours and millennia BCE sit on the same axis.
package timescale
