package timescale

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

func TestDayNumberRoundTripsAcrossEras(t *testing.T) {
	if got := DayNumber(1970, 1, 1); got != 0 {
		t.Fatalf("1970-01-01 is day %v, want 0", got)
	}
	if got := DayNumber(2022, 10, 8) - DayNumber(2022, 9, 12); got != 26 {
		t.Errorf("12 Sep to 8 Oct 2022 is %v days, want 26", got)
	}
	for _, ymd := range [][3]int{{2022, 9, 12}, {0, 2, 29}, {-3999, 1, 1}, {-1, 12, 31}, {1450, 3, 1}} {
		y, m, d := Civil(DayNumber(ymd[0], ymd[1], ymd[2]))
		if [3]int{y, m, d} != ymd {
			t.Errorf("Civil(DayNumber(%v)) = %v", ymd, [3]int{y, m, d})
		}
	}
}

func span(t *testing.T, s string) Span {
	t.Helper()
	d, err := edtf.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	sp, ok := SpanOf(d)
	if !ok {
		t.Fatalf("%s has no span", s)
	}
	return sp
}

func TestSpanOfDrawsDatesAsWhatTheyAre(t *testing.T) {
	session := span(t, "2022-09-12/2022-10-07")
	if session.Point || session.End-session.Start != 26 {
		t.Errorf("the session is %+v, want a bar of 26 days", session)
	}
	by := span(t, "../2022-09-10")
	if !by.OpenStart || by.OpenEnd || by.End != DayNumber(2022, 9, 11) {
		t.Errorf("by 10 Sep 2022 is %+v, want open at the start, ending with 10 Sep", by)
	}
	from := span(t, "2022-10/..")
	if !from.OpenEnd || from.Start != DayNumber(2022, 10, 1) {
		t.Errorf("from Oct 2022 is %+v, want open at the end from 1 Oct", from)
	}
	bce := span(t, "-3896")
	if bce.Point || bce.Start != DayNumber(-3896, 1, 1) || bce.End != DayNumber(-3895, 1, 1) {
		t.Errorf("3897 BCE is %+v, want a bar across that year", bce)
	}
	month := span(t, "2022-09?")
	if month.Point || month.End-month.Start != 30 || !month.Uncertain {
		t.Errorf("Sep 2022? is %+v, want an uncertain bar across September", month)
	}
	day := span(t, "2022-09-08~")
	if !day.Point || !day.Approx || day.Start != DayNumber(2022, 9, 8)+0.5 {
		t.Errorf("c. 8 Sep 2022 is %+v, want an approximate dot at its noon", day)
	}
	instant := span(t, "2022-09-10T13:30+02:00")
	if want := DayNumber(2022, 9, 10) + 11.5/24; !instant.Point || instant.Start != want {
		t.Errorf("the instant is at %v, want %v", instant.Start, want)
	}
}

func labels(s Scale) []string {
	var out []string
	for _, tk := range s.Ticks() {
		out = append(out, tk.Label)
	}
	return out
}

func TestTicksAdaptFromHoursToMillenniaBCE(t *testing.T) {
	cases := []struct {
		name         string
		t0, t1       float64
		width        float64
		want, absent string
	}{
		{"a day", DayNumber(2022, 9, 10), DayNumber(2022, 9, 11), 800, "03:00", "00:00"},
		{"two days", DayNumber(2022, 9, 10) + 0.5, DayNumber(2022, 9, 12) + 0.5, 800, "11 Sep", "12:00 2022"},
		{"a month", DayNumber(2022, 9, 1), DayNumber(2022, 10, 1), 800, "12 Sep", ""},
		{"a year", DayNumber(2022, 1, 1), DayNumber(2023, 1, 1), 1400, "Sep 2022", ""},
		{"a century", DayNumber(1400, 1, 1), DayNumber(1500, 1, 1), 1200, "1450s", "1450"},
		{"the bronze age", DayNumber(-4499, 1, 1), DayNumber(-999, 1, 1), 800, "4000 BCE", "3999 BCE"},
		{"across the eras", DayNumber(-2999, 1, 1), DayNumber(2001, 1, 1), 800, "1000 CE", "0 BCE"},
		{"the universe", DayNumber(-13_799_999_999, 1, 1), DayNumber(2001, 1, 1), 800, "10,000,000,000 BCE", ""},
	}
	for _, c := range cases {
		got := labels(Scale{T0: c.t0, T1: c.t1, X0: 0, X1: c.width})
		if !slices.Contains(got, c.want) || slices.Contains(got, c.absent) {
			t.Errorf("%s: ticks %q, want %q and not %q", c.name, got, c.want, c.absent)
		}
		if ctx := (Scale{T0: c.t0, T1: c.t1, X0: 0, X1: c.width}).Context(); (c.t1-c.t0 < 60) != (ctx == "Sep 2022") {
			t.Errorf("%s: the axis's context is %q", c.name, ctx)
		}
		sc := Scale{T0: c.t0, T1: c.t1, X0: 0, X1: c.width}
		ticks := sc.Ticks()
		for i := 1; i < len(ticks); i++ {
			if gap := sc.X(ticks[i].T) - sc.X(ticks[i-1].T); gap < textWidth(ticks[i-1].Label) {
				t.Errorf("%s: %q has %.0f px before the next tick", c.name, ticks[i-1].Label, gap)
			}
		}
		if most := int(c.width/minTickPx) + 1; len(got) < 2 || len(got) > most {
			t.Errorf("%s: %d ticks, want 2 to %d", c.name, len(got), most)
		}
	}
}

// generated is n marks, one a day from 2020 on, in three groups.
func generated(n int) []Mark {
	var marks []Mark
	for i := range n {
		d := DayNumber(2020, 1, 1) + float64(i%400) + 0.5
		marks = append(marks, Mark{ID: fmt.Sprintf("claim-%d", i), Href: "/claims/1", Kind: "claim",
			Group: []string{"a", "b", "c"}[i%3], Label: fmt.Sprintf("Entry number %d of the test", i),
			Text: "an entry", Span: Span{Start: d, End: d, Point: true}})
	}
	return marks
}

func TestLayLabelsNeverOverlapAndTheRestCluster(t *testing.T) {
	l := Lay(generated(1000), Options{Width: 960, MaxMarks: 2000, ZoomHref: func(t0, t1 float64) string { return "?zoom" }})
	if len(l.Lanes) != 3 || l.Dense {
		t.Fatalf("%d lanes, dense %v; want 3 lanes of marks", len(l.Lanes), l.Dense)
	}
	type box struct{ x0, x1, y float64 }
	drawn, clustered := 0, 0
	for _, lane := range l.Lanes {
		var boxes []box
		for _, m := range lane.Marks {
			drawn++
			if m.Label == "" {
				continue
			}
			b := box{m.LabelX, m.LabelX + textWidth(m.Label), m.Y}
			if m.LabelEnd {
				b = box{m.LabelX - textWidth(m.Label), m.LabelX, m.Y}
			}
			for _, o := range boxes {
				if o.y == b.y && o.x0 < b.x1 && b.x0 < o.x1 {
					t.Fatalf("labels overlap in lane %s: %+v and %+v", lane.Name, o, b)
				}
			}
			boxes = append(boxes, b)
		}
		for _, c := range lane.Clusters {
			clustered += c.N
			if c.Href != "?zoom" {
				t.Errorf("a cluster links to %q, want its zoom", c.Href)
			}
		}
		if len(boxes) == 0 {
			t.Errorf("lane %s has no label", lane.Name)
		}
	}
	if drawn+clustered != 1000 || clustered == 0 {
		t.Errorf("%d drawn and %d clustered, want 1000 in all, some clustered", drawn, clustered)
	}
}

func TestLayDrawsManyMarksByDensity(t *testing.T) {
	marks := generated(10000)
	l := Lay(marks, Options{Width: 960, MaxMarks: 2000, Undated: 3, ZoomHref: func(t0, t1 float64) string { return fmt.Sprintf("?t0=%.0f&t1=%.0f", t0, t1) }})
	if !l.Dense || l.Total != 10000 {
		t.Fatalf("dense %v with %d marks, want density for 10000", l.Dense, l.Total)
	}
	n := 0
	for _, b := range l.Lanes[0].Bins {
		n += b.N
		if b.Href == "" {
			t.Fatalf("a density bar leads nowhere: %+v", b)
		}
	}
	if n != 3334 {
		t.Errorf("the first lane's bars count %d entries, want 3334", n)
	}
	var buf bytes.Buffer
	if err := Drawing(l, "", "test").Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Grey bars count the entries") || !strings.Contains(buf.String(), "3 entries without a date are not drawn.") {
		t.Error("the drawing does not say what it leaves out")
	}
	if n := strings.Count(buf.String(), "ts-mark"); n != 0 {
		t.Errorf("%d marks sent, want none", n)
	}
	if buf.Len() > 200_000 {
		t.Errorf("the drawing of 10,000 entries is %d bytes, want under 200 KB", buf.Len())
	}
}

func TestLayZoomsToItsWindowAndDrawsPeriods(t *testing.T) {
	t0, t1 := DayNumber(2020, 3, 1), DayNumber(2020, 4, 1)
	l := Lay(generated(300), Options{Width: 960, MaxMarks: 2000, T0: t0, T1: t1,
		Periods: []Period{{Name: "Spring", Start: DayNumber(2020, 3, 20), End: DayNumber(2020, 6, 21)}}})
	for _, lane := range l.Lanes {
		for _, m := range lane.Marks {
			if m.Span.Start < t0 || m.Span.Start > t1 {
				t.Errorf("%s of %v is drawn outside the window", m.ID, m.Span.Start)
			}
		}
	}
	for _, tk := range l.Ticks {
		if l.Scale.X(tk.T)+3+textWidth(tk.Label) > l.Width {
			t.Errorf("the tick %q runs off the drawing", tk.Label)
		}
	}
	if len(l.Periods) != 1 || l.Periods[0].X1 != l.Scale.X1 {
		t.Errorf("periods %+v, want Spring cut at the window's end", l.Periods)
	}
}

func TestMarkOfReadsTheDateAsThePageDoes(t *testing.T) {
	date, err := edtf.Parse("../2022-09-10")
	if err != nil {
		t.Fatal(err)
	}
	speaker := int64(4)
	it := &models.TimelineItem{Kind: models.KindClaim, ItemID: 7, Title: "Groundless blame", Date: date,
		SpeakerID: &speaker, SpeakerName: "Chen Xu", Lane: "China"}
	m, ok := MarkOf(it, BySpeaker, "/claims/7", "responds to “the assessment”")
	if !ok || m.ID != "claim-7" || m.Group != "Chen Xu" || m.Label != "Groundless blame" ||
		m.Text != "by 10 Sep 2022 — Chen Xu: Groundless blame (responds to “the assessment”)" || !m.Span.OpenStart {
		t.Errorf("the mark is %+v", m)
	}
	if m, _ := MarkOf(it, ByLane, "", ""); m.Group != "China" || m.Label != "Chen Xu: Groundless blame" {
		t.Errorf("by lane, the mark is in %q labelled %q", m.Group, m.Label)
	}
	if m, _ := MarkOf(it, ByKind, "", ""); m.Group != "Claims" {
		t.Errorf("by kind, the mark is in %q", m.Group)
	}
	if _, ok := MarkOf(&models.TimelineItem{Title: "undated"}, ByLane, "", ""); ok {
		t.Error("an undated entry got a mark")
	}
}

func TestDrawingMarksQualifiedDatesWithoutColourAlone(t *testing.T) {
	var marks []Mark
	for i, s := range []string{"2022-09~", "2022-09-08?", "2022-10/..", "2022-09-12/2022-10-07"} {
		marks = append(marks, Mark{ID: fmt.Sprintf("event-%d", i), Href: "/events/1", Kind: "event", Group: "g",
			Label: "entry\x01 " + s, Text: "text " + s, Span: span(t, s)})
	}
	var buf bytes.Buffer
	if err := Drawing(Lay(marks, Options{Width: 960, MaxMarks: 10}), "title\x02", "summary").Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`class="ts-mark ts-event ts-approx"`, `stroke-dasharray="3 2"`, `>c. entry`, // approximate: dashed, "c."
		`class="ts-mark ts-event ts-uncertain"`, `stroke-dasharray="1 2"`, `>(?) entry`, `fill="#fff"`, // uncertain: hollow, dotted, "(?)"
		`class="ts-open-end"`, `url(#ts-fade-end-event)`, // open end: fade and arrow
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the drawing lacks %s", want)
		}
	}
	if strings.ContainsAny(out, "\x01\x02") {
		t.Error("control characters reached the SVG")
	}
}
