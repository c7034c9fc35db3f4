package formats

import (
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// tjsInDate is a TimelineJS3 date as files carry it: numbers, or numbers in strings.
type tjsInDate struct {
	Year        json.RawMessage `json:"year"`
	Month       json.RawMessage `json:"month"`
	Day         json.RawMessage `json:"day"`
	DisplayDate string          `json:"display_date"`
}

// tjsInSlide is a TimelineJS3 slide as files carry it.
type tjsInSlide struct {
	StartDate   *tjsInDate `json:"start_date"`
	EndDate     *tjsInDate `json:"end_date"`
	DisplayDate string     `json:"display_date"`
	Text        tjsText    `json:"text"`
	Media       *tjsMedia  `json:"media"`
	Group       string     `json:"group"`
	UniqueID    string     `json:"unique_id"`
}

// anchorPattern is a factline anchor, as unique_id carries it.
var anchorPattern = regexp.MustCompile(`^(claim|event)-[0-9]+$`)

// parseTimelineJS reads TimelineJS3 JSON: the title slide names the timeline,
// every event slide becomes an entry (a claim when its unique_id says so), its
// media the cited source. Headlines and text are HTML, read as plain text.
func parseTimelineJS(text []byte) (*Document, error) {
	var in struct {
		Title  *tjsInSlide  `json:"title"`
		Events []tjsInSlide `json:"events"`
	}
	if err := json.Unmarshal(text, &in); err != nil {
		return nil, jsonProblem(text, err)
	}
	doc := &Document{Format: "factline", FormatVersion: FormatVersion, Timeline: DocTimeline{Visibility: "private"}}
	if in.Title != nil {
		doc.Timeline.Title, doc.Timeline.Summary = plainText(in.Title.Text.Headline), plainText(in.Title.Text.Text)
	}
	var ps problems
	sources := map[string]int64{}
	for i, s := range in.Events {
		where := fmt.Sprintf("event %d", i+1)
		e := DocEntry{Kind: models.KindEvent, ID: int64(i + 1), Lane: s.Group, Title: plainText(s.Text.Headline),
			Tags: []string{}, Citations: []DocCitation{}, Relations: []DocRelation{}, where: where}
		if m := anchorPattern.FindStringSubmatch(s.UniqueID); m != nil {
			e.Kind = models.ItemKind(m[1])
		}
		if e.Kind == models.KindClaim {
			e.Rationale, e.Rating = plainText(s.Text.Text), models.Unrated
		} else {
			e.Description = plainText(s.Text.Text)
		}
		date, ok := slideDate(&ps, where, s)
		if !ok {
			if len(ps.list) >= maxProblems {
				break
			}
			continue
		}
		e.Date = date
		if s.Media != nil && s.Media.URL != "" {
			id, ok := sources[s.Media.URL]
			if !ok {
				id = int64(len(doc.Sources) + 1)
				sources[s.Media.URL] = id
				title := plainText(s.Media.Caption)
				if title == "" {
					title = s.Media.URL
				}
				doc.Sources = append(doc.Sources, DocSource{ID: id, Kind: "document", URL: s.Media.URL, Title: title,
					Publisher: plainText(s.Media.Credit)})
			}
			e.Citations = append(e.Citations, DocCitation{SourceID: id, Locator: "whole document"})
		}
		doc.Entries = append(doc.Entries, e)
	}
	return doc, ps.err()
}

// slideDate reads a slide's dates as EDTF at their precision, keeping the
// qualifiers of a display_date that says the same date.
func slideDate(ps *problems, where string, s tjsInSlide) (string, bool) {
	if s.StartDate == nil {
		ps.add(where, "start_date", "is missing; every TimelineJS event has one")
		return "", false
	}
	start, ok := tjsDateEDTF(ps, where, "start_date", s.StartDate)
	if !ok {
		return "", false
	}
	text := start
	if s.EndDate != nil {
		end, ok := tjsDateEDTF(ps, where, "end_date", s.EndDate)
		if !ok {
			return "", false
		}
		text += "/" + end
	}
	d, err := edtf.Parse(text)
	if err != nil {
		ps.add(where, "start_date", "makes %q, which is not a date: %v", text, err)
		return "", false
	}
	for _, display := range []string{s.DisplayDate, s.StartDate.DisplayDate} {
		if shown, err := edtf.Parse(display); display != "" && err == nil && shown.EndKey() == d.EndKey() &&
			(shown.SortKey() == d.SortKey() || shown.Start().IsZero()) {
			return shown.String(), true
		}
	}
	return d.String(), true
}

// tjsDateEDTF turns a TimelineJS date into EDTF as precise as its fields.
func tjsDateEDTF(ps *problems, where, field string, d *tjsInDate) (string, bool) {
	var parts []int
	for _, f := range []struct {
		name string
		raw  json.RawMessage
	}{{"year", d.Year}, {"month", d.Month}, {"day", d.Day}} {
		if len(f.raw) == 0 || string(f.raw) == "null" || string(f.raw) == `""` {
			if f.name == "year" {
				ps.add(where, field+".year", "is missing; TimelineJS needs a year")
				return "", false
			}
			break
		}
		s := strings.Trim(string(f.raw), `"`)
		n, err := strconv.Atoi(s)
		if err != nil {
			ps.add(where, field+"."+f.name, "%s is not a number", string(f.raw))
			return "", false
		}
		parts = append(parts, n)
	}
	switch len(parts) {
	case 1:
		return fmt.Sprintf("%04d", parts[0]), true
	case 2:
		return fmt.Sprintf("%04d-%02d", parts[0], parts[1]), true
	}
	return fmt.Sprintf("%04d-%02d-%02d", parts[0], parts[1], parts[2]), true
}

// tagPattern is an HTML tag, for reading TimelineJS's HTML text as plain text.
var tagPattern = regexp.MustCompile(`<[^>]*>`)

// plainText is TimelineJS HTML as plain text: paragraphs a line each, tags
// dropped, character references decoded.
func plainText(s string) string {
	s = strings.NewReplacer("</p>", "\n", "<br>", "\n", "<br/>", "\n").Replace(s)
	lines := strings.Split(html.UnescapeString(tagPattern.ReplaceAllString(s, "")), "\n")
	var out []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
