package importers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/richtext"
)

// maxColumns is the most columns a CSV may have; the template has 24.
const maxColumns = 64

// csvRequired are the TimelineJS columns a CSV import must have.
var csvRequired = []string{"Year", "Month", "Day", "End Year", "End Month", "End Day", "Display Date", "Headline", "Text", "Group"}

// parseCSV reads a CSV with the TimelineJS template's columns, with or without
// factline's own after them. Without them every row is an event; a row of
// Type "title" names the timeline and rows of Type "era" are left out.
func parseCSV(text []byte, opt Options) (*formats.Document, error) {
	r := csv.NewReader(bytes.NewReader(text))
	header, err := r.Read()
	if err != nil {
		return nil, csvProblem(err, 1, header)
	}
	if len(header) > maxColumns {
		return nil, formats.Refuse("row 1", "", "has %d columns; the TimelineJS template has %d and factline's own %d more", len(header), len(formats.TimelineJSColumns), len(formats.FactlineColumns))
	}
	cols := map[string]int{}
	for i, h := range header {
		header[i] = strings.TrimPrefix(h, "\ufeff")
		cols[strings.ToLower(strings.TrimSpace(h))] = i
	}
	var ps formats.Problems
	for _, name := range csvRequired {
		if _, ok := cols[strings.ToLower(name)]; !ok {
			ps.Add("row 1", name, "the column is missing; a CSV import needs the TimelineJS template's columns")
		}
	}
	own := 0
	for _, name := range formats.FactlineColumns {
		if _, ok := cols[strings.ToLower(name)]; ok {
			own++
		}
	}
	if own > 0 && own < len(formats.FactlineColumns) {
		for _, name := range formats.FactlineColumns {
			if _, ok := cols[strings.ToLower(name)]; !ok {
				ps.Add("row 1", name, "the column is missing; with any of factline's columns (%s) all of them are needed", strings.Join(formats.FactlineColumns, ", "))
			}
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	b := csvBuilder{doc: &formats.Document{Format: "factline", FormatVersion: formats.FormatVersion, Timeline: formats.DocTimeline{Visibility: "private"}},
		cols: cols, actors: map[string]int64{}, sources: map[string]int64{}, opt: opt, z: richtext.New(), header: header,
		written: own == len(formats.FactlineColumns)}
	for i, h := range header {
		if name := strings.TrimSpace(h); name != "" && !csvKnown(name) {
			b.other = append(b.other, i)
		}
	}
	for row := 2; ; row++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			ps.Add(fmt.Sprintf("row %d", row), "", "%v", csvProblem(err, row, rec))
			break
		}
		if !b.row(&ps, row, rec) {
			break
		}
	}
	return b.doc, ps.Err()
}

// csvProblem says what is wrong with a row the csv package could not read.
func csvProblem(err error, row int, rec []string) error {
	if errors.Is(err, csv.ErrFieldCount) {
		return formats.Refuse(fmt.Sprintf("row %d", row), "", "has %d columns where the header has a different number; every row needs the header's columns", len(rec))
	}
	if errors.Is(err, io.EOF) {
		return formats.Refuse("file", "", "is empty; a CSV import needs a header row")
	}
	return formats.Refuse(fmt.Sprintf("row %d", row), "", "is not valid CSV: %v", err)
}

// csvBuilder turns rows into a Document, one actor per speaker name and one
// source per title and URL.
type csvBuilder struct {
	doc     *formats.Document
	cols    map[string]int
	actors  map[string]int64
	sources map[string]int64
	opt     Options
	z       *richtext.Sanitiser
	header  []string
	other   []int // columns factline has no field for, kept in the entry's note
	// written is set when the file has factline's own columns: factline wrote
	// it, and its Headline and Text are read as written, not as HTML.
	written bool
}

// csvKnown reports whether a CSV import reads the column into a field.
func csvKnown(name string) bool {
	for _, known := range append(append([]string{}, formats.TimelineJSColumns...), formats.FactlineColumns...) {
		if strings.EqualFold(known, name) {
			return true
		}
	}
	return false
}

func (b *csvBuilder) cell(rec []string, name string) string {
	if i, ok := b.cols[strings.ToLower(name)]; ok {
		return formats.UnspreadsheetCell(strings.TrimSpace(rec[i]))
	}
	return ""
}

// row reads one row; it reports false once there are enough problems.
func (b *csvBuilder) row(ps *formats.Problems, row int, rec []string) bool {
	where := fmt.Sprintf("row %d", row)
	if strings.TrimSpace(strings.Join(rec, "")) == "" {
		return true
	}
	switch strings.ToLower(b.cell(rec, "Type")) {
	case "title":
		b.doc.Timeline.Title, b.doc.Timeline.Summary = b.headline(rec), b.cell(rec, "Text")
		if !b.written && richtext.IsHTML(b.doc.Timeline.Summary) {
			b.doc.Timeline.Summary = richtext.Plain(b.doc.Timeline.Summary)
			b.doc.Keep(where, "Text", "is HTML; the timeline's summary keeps its text")
		}
		return true
	case "era":
		return b.era(ps, where, rec)
	}
	e := formats.DocEntry{Kind: models.KindEvent, ID: int64(len(b.doc.Entries) + 1), Lane: b.cell(rec, "Group"),
		Title: b.headline(rec), Tags: []string{}, Citations: []formats.DocCitation{}, Relations: []formats.DocRelation{}, Where: where}
	if kind := b.cell(rec, "Kind"); kind != "" {
		e.Kind = models.ItemKind(strings.ToLower(kind))
	}
	text := ""
	if i, ok := b.cols["text"]; ok {
		text = formats.UnspreadsheetCell(rec[i]) // as written: an event's description keeps its spaces and lines
	}
	if !b.written {
		text = b.html(text)
	}
	if e.Kind == models.KindClaim {
		e.Rationale = text
		e.Rating = models.Rating(strings.ToLower(b.cell(rec, "Rating")))
		if e.Rating == "" {
			e.Rating = models.Unrated
		}
		if name := b.cell(rec, "Speaker"); name != "" {
			id := b.actor(name)
			e.SpeakerID = &id
		}
	} else {
		e.Description = text
	}
	date, ok := b.date(ps, where, rec)
	if !ok {
		return len(*ps) < formats.MaxProblems
	}
	e.Date = date
	if display := b.cell(rec, "Display Date"); display != "" {
		if d, err := edtf.Parse(date); err != nil || d.Display() != display && d.String() != display {
			e.DisplayDate = display
		}
	}
	if e.Title == "" {
		e.Title = untitled(text, e.Date, e.DisplayDate, len(b.doc.Entries))
		b.doc.Keep(where, "Headline", "is empty; the entry's title was taken from its text or date")
	}
	lines := strings.Split(b.cell(rec, "Sources"), "\n")
	media := b.media(where, rec)
	_, ownSources := b.cols["sources"]
	if media != nil && ownSources && media.Thumbnail == "" && isFirstSource(lines[0], media) {
		media = nil // factline's export put the first cited source there: it is cited, not the entry's media
	}
	if media != nil {
		e.Media = media
		if !ownSources && isWebAddress(media.URL) {
			title := richtext.Plain(media.Caption)
			lines = []string{strings.ReplaceAll(title, "\n", " ") + " <" + media.URL + ">"}
		}
	}
	var note []string
	for _, i := range b.other {
		if v := strings.TrimSpace(rec[i]); v != "" {
			note = append(note, strings.TrimSpace(b.header[i])+": "+v)
			b.doc.Keep(where, strings.TrimSpace(b.header[i]), "kept in the entry's note")
		}
	}
	for _, name := range []string{"Alt Text", "Background"} {
		if v := b.cell(rec, name); v != "" {
			note = append(note, name+": "+v)
			b.doc.Keep(where, name, "kept in the entry's note")
		}
	}
	if len(note) > 0 {
		e.Note = "Kept from the file:\n" + strings.Join(note, "\n")
	}
	for _, line := range lines {
		if line = strings.TrimSpace(line); line != "" {
			e.Citations = append(e.Citations, formats.DocCitation{SourceID: b.source(line), Locator: "whole document"})
		}
	}
	b.doc.Entries = append(b.doc.Entries, e)
	return true
}

// date reads the row's date: factline's EDTF Date when it is there, else the
// TimelineJS cells, keeping the qualifiers of a Display Date that says the same.
func (b *csvBuilder) date(ps *formats.Problems, where string, rec []string) (string, bool) {
	if text := b.cell(rec, "EDTF Date"); text != "" {
		d, err := edtf.Parse(text)
		if err != nil {
			ps.Add(where, "EDTF Date", "%q is not a date factline can read: %v", text, err)
			return "", false
		}
		return d.String(), true
	}
	start, ok := b.cellsDate(ps, where, "", rec)
	end, endOK := b.cellsDate(ps, where, "End ", rec)
	if ok && endOK && start != "" && end != "" {
		if _, err := edtf.Parse(start + "/" + end); err != nil {
			ps.Add(where, "End Year", "the end (%s) comes before the start (%s); put the later date in the End columns", end, start)
			return "", false
		}
	}
	if !ok || !endOK {
		return "", false
	}
	display := b.cell(rec, "Display Date")
	shown, shownErr := edtf.Parse(display)
	if start == "" {
		if display == "" && end == "" {
			return "", true
		}
		if shownErr != nil || display == "" {
			ps.Add(where, "Year", "is empty, and Display Date %q is not a date factline can read", display)
			return "", false
		}
		return shown.String(), true
	}
	text := start
	if end != "" {
		text += "/" + end
	}
	d, err := edtf.Parse(text)
	if err != nil {
		ps.Add(where, "Year", "the date cells make %q, which is not a date: %v", text, err)
		return "", false
	}
	if shownErr == nil && display != "" && shown.SortKey() == d.SortKey() && shown.EndKey() == d.EndKey() {
		return shown.String(), true
	}
	return d.String(), true
}

// cellsDate builds EDTF from the Year, Month and Day cells (with prefix "End "
// for the end), as precise as they are filled in.
func (b *csvBuilder) cellsDate(ps *formats.Problems, where, prefix string, rec []string) (string, bool) {
	var parts []int
	for _, name := range []string{"Year", "Month", "Day"} {
		cell := b.cell(rec, prefix+name)
		if cell == "" {
			break
		}
		n, err := strconv.Atoi(strings.TrimSuffix(cell, ".0"))
		if err != nil {
			ps.Add(where, prefix+name, "%q is not a number; write the %s in digits, such as %s", cell, strings.ToLower(name), map[string]string{"Year": "2022", "Month": "9", "Day": "8"}[name])
			return "", false
		}
		parts = append(parts, n)
	}
	if len(parts) == 0 {
		return "", true
	}
	if parts[0] < 0 {
		parts[0]++ // the template's year -N is N BCE, EDTF's 1-N
	}
	text := edtf.FormatYear(parts[0])
	if len(parts) > 1 {
		text += fmt.Sprintf("-%02d", parts[1])
	}
	if len(parts) > 2 {
		text += fmt.Sprintf("-%02d", parts[2])
		if clock := b.cell(rec, prefix+"Time"); clock != "" {
			m := clockPattern.FindStringSubmatch(strings.ToLower(clock))
			if m == nil {
				ps.Add(where, prefix+"Time", "%q is not a time of day; write it as 14:30 or 14:30:15, or leave it empty", clock)
				return "", false
			}
			hour := atoiCell(m[1])
			if m[4] == "pm" && hour < 12 {
				hour += 12
			} else if m[4] == "am" && hour == 12 {
				hour = 0
			}
			text += fmt.Sprintf("T%02d:%s", hour, m[2])
			if m[3] != "" {
				text += ":" + m[3]
			}
		}
	}
	if _, err := edtf.Parse(text); err != nil {
		ps.Add(where, prefix+"Year", "the date cells make %q, which is not a date: %v", text, err)
		return "", false
	}
	return text, true
}

// clockPattern is a time of day as the template's Time column has it: 14:30, 2:30:15 PM.
var clockPattern = regexp.MustCompile(`^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$`)

func atoiCell(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// isFirstSource reports whether media is what factline's CSV export writes in the
// Media columns for an entry's first cited source (a Sources line "Title <URL>").
func isFirstSource(line string, media *formats.DocMedia) bool {
	title, url := splitSourceLine(strings.TrimSpace(line))
	return title != "" && title == media.Caption && url == media.URL
}

// splitSourceLine splits a Sources line, "Title <URL>", "<URL>" or "Title".
func splitSourceLine(line string) (title, url string) {
	title = line
	if i := strings.LastIndex(line, " <"); i >= 0 && strings.HasSuffix(line, ">") {
		title, url = strings.TrimSpace(line[:i]), line[i+2:len(line)-1]
	} else if strings.HasPrefix(line, "<") && strings.HasSuffix(line, ">") {
		title, url = "", line[1:len(line)-1]
	}
	if title == "" {
		title = url
	}
	return title, url
}

// actor returns the document id of the speaker with this name, adding it once.
func (b *csvBuilder) actor(name string) int64 {
	key := strings.ToLower(name)
	if id, ok := b.actors[key]; ok {
		return id
	}
	id := int64(len(b.doc.Actors) + 1)
	b.actors[key] = id
	b.doc.Actors = append(b.doc.Actors, formats.DocActor{ID: id, Kind: models.Person, Name: name, Aliases: []string{}, Roles: []formats.DocRole{}})
	return id
}

// source returns the document id of the source a Sources line ("Title <URL>")
// names, adding it once.
func (b *csvBuilder) source(line string) int64 {
	title, url := splitSourceLine(line)
	key := title + "\x00" + url
	if id, ok := b.sources[key]; ok {
		return id
	}
	id := int64(len(b.doc.Sources) + 1)
	b.sources[key] = id
	b.doc.Sources = append(b.doc.Sources, formats.DocSource{ID: id, Kind: "document", URL: url, Title: title})
	return id
}

// media reads the row's Media, Media Caption, Media Credit and Media Thumbnail;
// nil when all are empty.
func (b *csvBuilder) media(where string, rec []string) *formats.DocMedia {
	m := formats.DocMedia{URL: b.cell(rec, "Media"), Caption: b.html(b.cell(rec, "Media Caption")),
		Credit: b.html(b.cell(rec, "Media Credit")), Thumbnail: b.cell(rec, "Media Thumbnail")}
	if m == (formats.DocMedia{}) {
		return nil
	}
	if strings.HasPrefix(strings.ToLower(m.URL), "<blockquote") {
		m.URL = b.z.Quote(m.URL)
		b.doc.Keep(where, "Media", "is a <blockquote>; kept as the entry's quotation")
		return &m
	}
	r := tjsReader{doc: b.doc, opt: b.opt}
	s := &tjsInSlide{r: &r, where: where}
	m.URL, m.Thumbnail = r.resolve(s, "Media", m.URL), r.resolve(s, "Media Thumbnail", m.Thumbnail)
	return &m
}

// headline is the row's Headline: plain text, HTML read as its text unless factline wrote the file.
func (b *csvBuilder) headline(rec []string) string {
	if b.written {
		return b.cell(rec, "Headline")
	}
	return richtext.Plain(b.cell(rec, "Headline"))
}

// html keeps text written in HTML as the safe subset, and plain text as it is.
func (b *csvBuilder) html(text string) string {
	if richtext.IsHTML(text) {
		return b.z.Text(text)
	}
	return text
}

// era reads a row of Type "era" as one of the timeline's eras.
func (b *csvBuilder) era(ps *formats.Problems, where string, rec []string) bool {
	start, ok := b.cellsDate(ps, where, "", rec)
	end, endOK := b.cellsDate(ps, where, "End ", rec)
	if !ok || !endOK {
		return len(*ps) < formats.MaxProblems
	}
	if start == "" {
		ps.Add(where, "Year", "is empty; an era needs its start year")
		return len(*ps) < formats.MaxProblems
	}
	period := start
	if end != "" {
		period += "/" + end
	}
	if _, err := edtf.Parse(period); err != nil {
		ps.Add(where, "End Year", "the end (%s) comes before the start (%s); put the later date in the End columns", end, start)
		return len(*ps) < formats.MaxProblems
	}
	title := b.headline(rec)
	if title == "" {
		title = fmt.Sprintf("Era %d", len(b.doc.Eras)+1)
		b.doc.Keep(where, "Headline", "is empty; the era was named by its place in the file")
	}
	b.doc.Eras = append(b.doc.Eras, formats.DocEra{Title: title, Period: period})
	return true
}
