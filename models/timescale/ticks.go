package timescale

import (
	"fmt"
	"math"
	"time"

	"github.com/factline/factline/models/edtf"
)

// Tick is one labelled mark of the axis.
type Tick struct {
	T     float64 // day
	Label string
}

// minTickPx is the least room between two ticks, so that their labels never meet.
const minTickPx = 96

// unit is a kind of step between ticks.
type unit int

const (
	hours unit = iota
	days
	months
	years
)

type step struct {
	unit unit
	n    int
}

// steps are the candidate steps between ticks, finest first.
var steps = func() []step {
	out := []step{{hours, 1}, {hours, 3}, {hours, 6}, {hours, 12}, {days, 1}, {days, 2}, {days, 7},
		{months, 1}, {months, 3}, {months, 6}}
	for m := 1; m <= 10_000_000_000; m *= 10 { // up to the age of the universe
		out = append(out, step{years, m}, step{years, 2 * m}, step{years, 5 * m})
	}
	return out
}()

// length is a step's approximate length in days.
func (st step) length() float64 {
	switch st.unit {
	case hours:
		return float64(st.n) / 24
	case days:
		return float64(st.n)
	case months:
		return float64(st.n) * 30.436875
	}
	return float64(st.n) * 365.2425
}

// Ticks returns the axis's ticks: the finest step whose ticks stand at least
// minTickPx apart, labelled as people write such dates ("13:00", "12 Sep",
// "Sep 2022", "2022", "1450s", "4000 BCE").
func (s Scale) Ticks() []Tick {
	switch st := s.step(); st.unit {
	case hours, days:
		return s.dayTicks(st)
	case months:
		return s.monthTicks(st.n)
	default:
		return s.yearTicks(st.n)
	}
}

// step is the finest step whose ticks stand at least minTickPx apart, and
// far enough apart for the widest year label ("13,800,000,000 BCE").
func (s Scale) step() step {
	y0, _, _ := Civil(s.T0)
	y1, _, _ := Civil(s.T1)
	yearRoom := max(minTickPx, 16+textWidth(yearText(y0, true)), 16+textWidth(yearText(y1, true)))
	for _, c := range steps {
		room := c.length() * s.PxPerDay()
		if room >= minTickPx && (c.unit != years || room >= yearRoom) {
			return c
		}
	}
	return steps[len(steps)-1]
}

// dayTicks are ticks every few hours or days; a tick at midnight shows its
// date, on the first of January its year too (Context names the rest).
func (s Scale) dayTicks(st step) []Tick {
	size := st.length()
	offset := 0.0
	if st.unit == days && st.n == 7 {
		offset = 4 // day 0 is a Thursday: weeks start on Mondays
	}
	var out []Tick
	for t := math.Ceil((s.T0-offset)/size)*size + offset; t <= s.T1; t += size {
		y, m, d := Civil(t)
		label := fmt.Sprintf("%d %s", d, time.Month(m).String()[:3])
		if frac := t - floor(t); frac > 1e-9 {
			label = fmt.Sprintf("%02d:00", int(math.Round(frac*24)))
		}
		if m == 1 && d == 1 && t == floor(t) {
			label += " " + yearText(y, false)
		}
		out = append(out, Tick{T: t, Label: label})
	}
	return out
}

// Context is what the axis's ticks leave out: the month and year of the
// window's start when the ticks are hours or days ("Sep 2022"), else "".
func (s Scale) Context() string {
	if s.step().unit > days {
		return ""
	}
	y, m, _ := Civil(s.T0)
	return time.Month(m).String()[:3] + " " + yearText(y, false)
}

// monthTicks are ticks every n months, on months divisible by n.
func (s Scale) monthTicks(n int) []Tick {
	y, m, _ := Civil(s.T0)
	m -= (m - 1) % n
	var out []Tick
	for {
		t := DayNumber(y, m, 1)
		if t > s.T1 {
			return out
		}
		if t >= s.T0 {
			out = append(out, Tick{T: t, Label: time.Month(m).String()[:3] + " " + yearText(y, false)})
		}
		if m += n; m > 12 {
			y, m = y+1, m-12
		}
	}
}

// yearTicks are ticks every n years, at years divisible by n as written (BCE
// counted backwards), so that BCE ticks read 4000 BCE, 3000 BCE; there is no
// year 0, so no tick stands for it.
func (s Scale) yearTicks(n int) []Tick {
	y0, _, _ := Civil(s.T0)
	y1, _, _ := Civil(s.T1)
	bce := y0 <= 0
	first := int(math.Floor(float64(historical(y0))/float64(n))) * n
	var out []Tick
	for h := first; h <= historical(y1)+n; h += n {
		if h == 0 {
			continue
		}
		t := DayNumber(astronomical(h), 1, 1)
		if t < s.T0 || t > s.T1 {
			continue
		}
		label := yearText(astronomical(h), bce)
		switch {
		case n == 10 && h > 0:
			label = fmt.Sprintf("%ds", h)
		case n == 100 && h > 0 && !bce:
			label = fmt.Sprintf("%ds", h)
		}
		out = append(out, Tick{T: t, Label: label})
	}
	return out
}

// historical is the year as written (…, 2 BCE = -2, 1 BCE = -1, 1 CE = 1) of
// an astronomical year (1 BCE = 0).
func historical(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

// astronomical is the inverse of historical; it maps the missing year 0 to 1 CE.
func astronomical(h int) int {
	if h < 0 {
		return h + 1
	}
	return max(h, 1)
}

// yearText writes an astronomical year as the page does ("2022", "33 CE",
// "4026 BCE", "13,800,000,000 BCE"), with "CE" after years from 100 on when
// era is set, for an axis that also shows BCE.
func yearText(y int, era bool) string {
	s := edtf.ShowYear(y)
	if era && y >= 100 {
		s += " CE"
	}
	return s
}
