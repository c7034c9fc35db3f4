package exporters

import (
	"bufio"
	"context"
	"encoding/json"
	"html"
	"strings"

	"github.com/factline/factline/models/formats"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/richtext"
)

// tjsDate is a TimelineJS3 date, only as precise as the date it comes from.
type tjsDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	Hour        *int   `json:"hour,omitempty"`
	Minute      *int   `json:"minute,omitempty"`
	Second      *int   `json:"second,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// tjsText is a slide's headline and HTML text.
type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tjsMedia is a slide's media.
type tjsMedia struct {
	URL       string `json:"url"`
	Caption   string `json:"caption,omitempty"`
	Credit    string `json:"credit,omitempty"`
	Thumbnail string `json:"thumbnail,omitempty"`
}

// tjsEra is a TimelineJS3 era: a named period.
type tjsEra struct {
	StartDate *tjsDate `json:"start_date"`
	EndDate   *tjsDate `json:"end_date"`
	Text      tjsText  `json:"text"`
}

// tjsSlide is one TimelineJS3 slide; Title slides have no dates.
type tjsSlide struct {
	StartDate   *tjsDate  `json:"start_date,omitempty"`
	EndDate     *tjsDate  `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        tjsText   `json:"text"`
	Media       *tjsMedia `json:"media,omitempty"`
	Group       string    `json:"group,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

// writeTimelineJS writes {title, events[], eras[]} for TimelineJS3: one slide an
// entry with a date (TimelineJS cannot place an undated one), dates at their
// real precision, qualifiers in display_date, group from the lane and
// unique_id the entry's anchor.
func writeTimelineJS(ctx context.Context, w *bufio.Writer, x *Export) error {
	title, err := json.Marshal(tjsSlide{Text: tjsText{Headline: html.EscapeString(x.Timeline.Title),
		Text: html.EscapeString(x.Timeline.Summary)}})
	if err != nil {
		return err
	}
	w.WriteString(`{"title":`)
	w.Write(title)
	l := jsonList{w: w}
	l.open(`,"events":[`)
	z := richtext.New()
	err = x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		if s, ok := timelineJSSlide(x, z, e); ok {
			return l.add(s)
		}
		return nil
	})
	if err != nil {
		return err
	}
	eras, err := x.Store.ErasOf(ctx, x.Timeline.ID)
	if err != nil {
		return err
	}
	l.open("\n],\"eras\":[")
	for _, e := range eras {
		start, end := e.Period.Start(), e.Period.End()
		if start.IsZero() || end.IsZero() {
			continue // TimelineJS needs both ends of an era
		}
		if err := l.add(tjsEra{StartDate: timelineJSDate(start), EndDate: timelineJSDate(end),
			Text: tjsText{Headline: html.EscapeString(e.Title)}}); err != nil {
			return err
		}
	}
	_, err = w.WriteString("]}\n")
	return err
}

func timelineJSSlide(x *Export, z *richtext.Sanitiser, e *models.StreamedEntry) (tjsSlide, bool) {
	s := tjsSlide{Group: e.Lane, UniqueID: formats.Anchor(e.Kind, e.ItemID), DisplayDate: e.Date.Display()}
	if e.DisplayDate != "" {
		s.DisplayDate = e.DisplayDate // the author's own words for the date
	}
	if !e.Date.IsRange() {
		s.StartDate = timelineJSDate(e.Date)
	} else if start, end := e.Date.Start(), e.Date.End(); start.IsZero() {
		s.StartDate = timelineJSDate(end) // "by 10 Sep 2022": placed at its end
	} else {
		s.StartDate, s.EndDate = timelineJSDate(start), timelineJSDate(end)
	}
	if s.StartDate == nil {
		return s, false
	}
	s.StartDate.DisplayDate = s.DisplayDate
	s.Text = tjsText{Headline: html.EscapeString(e.Title), Text: slideText(x, z, e)}
	if e.MediaURL != "" {
		s.Media = &tjsMedia{URL: e.MediaURL, Caption: z.Text(e.MediaCaption), Credit: z.Text(e.MediaCredit), Thumbnail: e.MediaThumbnail}
		if strings.HasPrefix(strings.ToLower(e.MediaURL), "<blockquote") {
			s.Media.URL = z.Quote(e.MediaURL)
		}
	}
	return s, true
}

// timelineJSDate is d's fields as far as they are known; nil for no date.
func timelineJSDate(d edtf.Date) *tjsDate {
	if d.IsZero() {
		return nil
	}
	t := &tjsDate{Year: d.Year()}
	if t.Year <= 0 {
		t.Year-- // TimelineJS's year -N is N BCE, EDTF's 1-N
	}
	if d.Precision() >= edtf.Month {
		t.Month = d.Month()
	}
	if d.Precision() >= edtf.Day {
		t.Day = d.Day()
	}
	if d.Precision() == edtf.Instant {
		h, m := d.Hour(), d.Minute()
		t.Hour, t.Minute = &h, &m
		if sec := d.Second(); sec != 0 {
			t.Second = &sec
		}
		t.DisplayDate = d.Display()
	}
	return t
}

// slideText is a slide's HTML: description, speaker and rating, the sources
// (a source is a link here, never the slide's media), and a link back to the
// entry where its readers can open it; every piece of text escaped, a
// description written in HTML sanitised.
func slideText(x *Export, z *richtext.Sanitiser, e *models.StreamedEntry) string {
	var b strings.Builder
	p := func(s string) { b.WriteString("<p>" + html.EscapeString(s) + "</p>") }
	if richtext.IsHTML(e.Description) {
		b.WriteString(z.Text(e.Description))
	} else if e.Description != "" {
		p(e.Description)
	}
	if e.SpeakerName != "" {
		p("Said by " + e.SpeakerName)
	}
	if e.Kind == models.KindClaim && e.Rating != models.Unrated {
		p("Rated " + string(e.Rating))
	}
	for _, c := range e.Citations {
		if c.Source == nil {
			continue
		}
		b.WriteString("<p>")
		if c.Quote != "" {
			b.WriteString("“" + html.EscapeString(c.Quote) + "” — ")
		}
		if c.Source.URL != "" {
			b.WriteString(`<a href="` + html.EscapeString(c.Source.URL) + `">` + html.EscapeString(c.Source.Title) + "</a>")
		} else {
			b.WriteString(html.EscapeString(c.Source.Title))
		}
		b.WriteString("</p>")
	}
	if !x.NoLinkBack {
		b.WriteString(`<p><a href="` + html.EscapeString(x.timelineURL(formats.Anchor(e.Kind, e.ItemID))) + `">On factline</a></p>`)
	}
	return b.String()
}
