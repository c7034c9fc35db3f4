package exporters

import (
	"bufio"
	"context"
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// cslName is a CSL name given whole, as factline keeps it.
type cslName struct {
	Literal string `json:"literal"`
}

// cslDate is a CSL date: date-parts at the date's precision, a range as two
// parts, circa for approximate or uncertain dates, and a literal for a range
// open at one end, which date-parts cannot say.
type cslDate struct {
	DateParts [][]int `json:"date-parts,omitempty"`
	Circa     bool    `json:"circa,omitempty"`
	Literal   string  `json:"literal,omitempty"`
}

// cslItem is one CSL-JSON item: a source.
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	URL            string    `json:"URL,omitempty"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Publisher      string    `json:"publisher,omitempty"`
	Author         []cslName `json:"author,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	Accessed       *cslDate  `json:"accessed,omitempty"`
	Note           string    `json:"note,omitempty"`
	Archive        string    `json:"archive_location,omitempty"`
}

// cslTypes maps factline's kinds of source onto CSL item types.
var cslTypes = map[string]string{"article": "article-newspaper", "report": "report", "statement": "speech",
	"transcript": "interview", "video": "motion_picture", "social post": "post", "document": "document"}

// writeCSL writes the timeline's sources as a CSL-JSON array, for Zotero and
// other reference managers.
func writeCSL(ctx context.Context, w *bufio.Writer, x *Export) error {
	l := jsonList{w: w}
	l.open("[")
	err := x.Store.EachSource(ctx, x.Timeline.ID, func(s *models.Source) error {
		item := cslItem{ID: fmt.Sprintf("source-%d", s.ID), Type: cslTypes[s.Kind], Title: s.Title, URL: s.URL,
			Publisher: s.Publisher, Issued: toCSLDate(s.Published), Accessed: toCSLDate(s.Accessed),
			Note: s.Notes, Archive: s.ArchiveURL}
		if item.Type == "" {
			item.Type = "document"
		}
		if s.Kind == "article" {
			item.ContainerTitle = s.Publisher
		}
		if s.Author != "" {
			item.Author = []cslName{{Literal: s.Author}}
		}
		if x.Progress != nil {
			x.Progress()
		}
		return l.add(item)
	})
	if err != nil {
		return err
	}
	_, err = w.WriteString("\n]\n")
	return err
}

func toCSLDate(d edtf.Date) *cslDate {
	if d.IsZero() {
		return nil
	}
	c := &cslDate{Circa: d.Approximate() || d.Uncertain()}
	if !d.IsRange() {
		c.DateParts = [][]int{dateParts(d)}
		return c
	}
	start, end := d.Start(), d.End()
	if start.IsZero() || end.IsZero() {
		return &cslDate{Literal: d.Display()}
	}
	c.DateParts = [][]int{dateParts(start), dateParts(end)}
	return c
}

// dateParts is a single date's year, month and day, as far as they are known.
func dateParts(d edtf.Date) []int {
	p := []int{d.Year()}
	if d.Precision() >= edtf.Month {
		p = append(p, d.Month())
	}
	if d.Precision() >= edtf.Day {
		p = append(p, d.Day())
	}
	return p
}
