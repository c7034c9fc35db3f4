package importers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/richtext"
)

// anchorPattern is a factline anchor, as unique_id carries it.
var anchorPattern = regexp.MustCompile(`^(claim|event)-[0-9]+$`)

// tjsSlideFields are the slide fields factline reads; any other is kept in the
// entry's note as the file wrote it.
var tjsSlideFields = map[string]bool{"start_date": true, "end_date": true, "display_date": true,
	"text": true, "media": true, "group": true, "unique_id": true}

// parseTimelineJS reads TimelineJS3 JSON as TimelineJS itself does: the title
// slide names the timeline, every event slide becomes an entry (a claim when
// its unique_id says so) and every era an era. It refuses only a file that is
// not TimelineJS JSON at all; a slide TimelineJS would take is never refused.
// What factline has no field for is kept in the entry's note, and Kept lists it.
func parseTimelineJS(text []byte, opt Options) (*formats.Document, error) {
	var in map[string]json.RawMessage
	if err := json.Unmarshal(text, &in); err != nil {
		return nil, jsonProblem(text, err)
	}
	var events, eras []json.RawMessage
	if err := unmarshalList(in["events"], &events); err != nil {
		return nil, formats.Refuse("file", "events", "is not a list of slides; a TimelineJS file has \"events\": [ … ]")
	}
	if err := unmarshalList(in["eras"], &eras); err != nil {
		return nil, formats.Refuse("file", "eras", "is not a list of eras; a TimelineJS file has \"eras\": [ … ] or none")
	}
	r := &tjsReader{opt: opt, z: richtext.New(), sources: map[string]int64{},
		doc: &formats.Document{Format: "factline", FormatVersion: formats.FormatVersion, Timeline: formats.DocTimeline{Visibility: "private"}}}
	for _, key := range sortedKeys(in) {
		if key != "title" && key != "events" && key != "eras" {
			r.doc.Keep("file", key, "left out: a TimelineJS option, not part of the timeline")
		}
	}
	if len(in["title"]) > 0 && string(in["title"]) != "null" {
		r.title(in["title"])
	}
	for i, raw := range events {
		r.slide(i, raw)
	}
	for i, raw := range eras {
		r.era(i, raw)
	}
	return r.doc, nil
}

// unmarshalList reads a JSON list; absent or null is an empty one.
func unmarshalList(raw json.RawMessage, to *[]json.RawMessage) error {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	return json.Unmarshal(raw, to)
}

// tjsReader turns TimelineJS slides into a Document.
type tjsReader struct {
	doc     *formats.Document
	opt     Options
	z       *richtext.Sanitiser
	sources map[string]int64
}

// tjsInSlide is one slide's fields, with the lines its entry's note keeps.
type tjsInSlide struct {
	r      *tjsReader
	where  string
	fields map[string]json.RawMessage
	note   []string
}

func (r *tjsReader) open(where string, raw json.RawMessage) (*tjsInSlide, bool) {
	s := &tjsInSlide{r: r, where: where}
	if err := json.Unmarshal(raw, &s.fields); err != nil || s.fields == nil {
		return nil, false
	}
	return s, true
}

// str reads a field TimelineJS takes as text: text, a number, or true or
// false; a list's items are joined; anything else is kept in the note.
func (s *tjsInSlide) str(field string, raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return ""
	}
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case float64, bool:
		return string(raw)
	case []any:
		var parts []string
		for _, item := range v {
			if t, ok := item.(string); ok && strings.TrimSpace(t) != "" {
				parts = append(parts, strings.TrimSpace(t))
			}
		}
		s.r.doc.Keep(s.where, field, "was a list; its items were joined into one text")
		return strings.Join(parts, " ")
	}
	s.keepRaw(field, raw, "is not text; kept in the entry's note as the file wrote it")
	return ""
}

// html keeps text written in HTML as the safe subset, and plain text as it is.
func (r *tjsReader) html(text string) string {
	if richtext.IsHTML(text) {
		return r.z.Text(text)
	}
	return text
}

// keepRaw keeps a field as the file wrote it in the entry's note, and lists it.
func (s *tjsInSlide) keepRaw(field string, raw json.RawMessage, what string) {
	var compact bytes.Buffer
	if json.Compact(&compact, raw) != nil {
		compact.Reset()
		compact.Write(bytes.TrimSpace(raw))
	}
	s.note = append(s.note, field+": "+compact.String())
	s.r.doc.Keep(s.where, field, what)
}

// object reads a field that holds an object, such as text or media; anything
// else is kept in the note.
func (s *tjsInSlide) object(field string) map[string]json.RawMessage {
	raw := bytes.TrimSpace(s.fields[field])
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		if string(raw) != `""` {
			s.keepRaw(field, raw, "is not an object as TimelineJS has it; kept in the entry's note")
		}
		return nil
	}
	return m
}

// title reads the title slide: the timeline's title and summary; its media
// and background go into the summary.
func (r *tjsReader) title(raw json.RawMessage) {
	s, ok := r.open("title", raw)
	if !ok {
		r.doc.Keep("title", "title", "is not a slide; left out")
		return
	}
	text := s.object("text")
	r.doc.Timeline.Title = richtext.Plain(s.str("text.headline", text["headline"]))
	summary := s.str("text.text", text["text"])
	if richtext.IsHTML(summary) {
		summary = richtext.Plain(summary)
		r.doc.Keep("title", "text.text", "is HTML; the timeline's summary keeps its text")
	}
	if m := s.object("media"); m != nil {
		if u := s.str("media.url", m["url"]); u != "" {
			line := "Title media: " + u
			if credit := richtext.Plain(s.str("media.credit", m["credit"])); credit != "" {
				line += " (" + credit + ")"
			}
			summary = strings.TrimSpace(summary + "\n\n" + line)
			r.doc.Keep("title", "media", "kept in the timeline's summary")
		}
	}
	for _, key := range sortedKeys(s.fields) {
		if key != "text" && key != "media" && key != "start_date" && key != "end_date" {
			s.keepRaw(key, s.fields[key], "kept in the timeline's summary")
		}
	}
	if len(s.note) > 0 {
		summary = strings.TrimSpace(summary + "\n\nKept from the file:\n" + strings.Join(s.note, "\n"))
	}
	r.doc.Timeline.Summary = summary
}

// slide reads event i as an entry.
func (r *tjsReader) slide(i int, raw json.RawMessage) {
	where := fmt.Sprintf("event %d", i+1)
	s, ok := r.open(where, raw)
	if !ok {
		r.doc.Keep(where, "events", "is not a slide; left out")
		return
	}
	e := formats.DocEntry{Kind: models.KindEvent, ID: int64(len(r.doc.Entries) + 1), Tags: []string{},
		Citations: []formats.DocCitation{}, Relations: []formats.DocRelation{}, Where: where}
	e.Lane = s.str("group", s.fields["group"])
	if id := s.str("unique_id", s.fields["unique_id"]); anchorPattern.MatchString(id) {
		e.Kind, e.Origin = models.ItemKind(strings.SplitN(id, "-", 2)[0]), id
	} else if id != "" {
		s.note = append(s.note, "unique_id: "+id)
		r.doc.Keep(where, "unique_id", "kept in the entry's note")
	}
	text := s.object("text")
	headline := richtext.Plain(s.str("text.headline", text["headline"]))
	body := r.html(s.str("text.text", text["text"]))
	if e.Kind == models.KindClaim {
		e.Rationale, e.Rating = richtext.Plain(body), models.Unrated
	} else {
		e.Description = body
	}
	e.Date, e.DisplayDate = s.date()
	e.Title = headline
	if e.Title == "" {
		e.Title = untitled(body, e.Date, e.DisplayDate, i)
		r.doc.Keep(where, "text.headline", "is empty; the entry's title was taken from its text or date")
	}
	r.media(s, &e)
	for _, key := range sortedKeys(s.fields) {
		if !tjsSlideFields[key] {
			s.keepRaw(key, s.fields[key], "kept in the entry's note")
		}
	}
	if len(s.note) > 0 {
		e.Note = "Kept from the file:\n" + strings.Join(s.note, "\n")
	}
	r.doc.Entries = append(r.doc.Entries, e)
}

// untitled is the title of a slide without a headline: the start of its
// text, else its date, else its place in the file.
func untitled(body, date, display string, i int) string {
	if text := richtext.Plain(body); text != "" {
		line, _, _ := strings.Cut(text, "\n")
		return shortenWords(line, 80)
	}
	if display != "" {
		return display
	}
	if d, err := parseDate(date); err == nil && !d.IsZero() {
		return d.Display()
	}
	return fmt.Sprintf("Event %d", i+1)
}

// shortenWords cuts s to at most n runes at a space, marking the cut.
func shortenWords(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimSpace(cut) + "…"
}

// era reads era i: its headline and its period.
func (r *tjsReader) era(i int, raw json.RawMessage) {
	where := fmt.Sprintf("era %d", i+1)
	s, ok := r.open(where, raw)
	if !ok {
		r.doc.Keep(where, "eras", "is not an era; left out")
		return
	}
	title := richtext.Plain(s.str("text.headline", s.object("text")["headline"]))
	if title == "" {
		title = fmt.Sprintf("Era %d", i+1)
		r.doc.Keep(where, "text.headline", "is empty; the era was named by its place in the file")
	}
	period, _ := s.date()
	if period == "" {
		r.doc.Keep(where, "start_date", "is missing or not a date; the era was left out")
		return
	}
	r.doc.Eras = append(r.doc.Eras, formats.DocEra{Title: title, Period: period})
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
