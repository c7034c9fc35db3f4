package formats

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// maxColumns is the most columns a CSV may have; the template has 24.
const maxColumns = 64

// csvRequired are the TimelineJS columns a CSV import must have.
var csvRequired = []string{"Year", "Month", "Day", "End Year", "End Month", "End Day", "Display Date", "Headline", "Text", "Group"}

// parseCSV reads a CSV with the TimelineJS template's columns, with or without
// factline's own after them. Without them every row is an event; a row of
// Type "title" names the timeline and rows of Type "era" are left out.
func parseCSV(text []byte) (*Document, error) {
	r := csv.NewReader(bytes.NewReader(text))
	header, err := r.Read()
	if err != nil {
		return nil, csvProblem(err, 1, header)
	}
	if len(header) > maxColumns {
		return nil, refuse("row 1", "", "has %d columns; the TimelineJS template has %d and factline's own %d more", len(header), len(timelineJSColumns), len(factlineColumns))
	}
	cols := map[string]int{}
	for i, h := range header {
		cols[strings.ToLower(strings.TrimSpace(h))] = i
	}
	var ps problems
	for _, name := range csvRequired {
		if _, ok := cols[strings.ToLower(name)]; !ok {
			ps.add("row 1", name, "the column is missing; a CSV import needs the TimelineJS template's columns")
		}
	}
	own := 0
	for _, name := range factlineColumns {
		if _, ok := cols[strings.ToLower(name)]; ok {
			own++
		}
	}
	if own > 0 && own < len(factlineColumns) {
		for _, name := range factlineColumns {
			if _, ok := cols[strings.ToLower(name)]; !ok {
				ps.add("row 1", name, "the column is missing; with any of factline's columns (%s) all of them are needed", strings.Join(factlineColumns, ", "))
			}
		}
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	b := csvBuilder{doc: &Document{Format: "factline", FormatVersion: FormatVersion, Timeline: DocTimeline{Visibility: "private"}},
		cols: cols, actors: map[string]int64{}, sources: map[string]int64{}}
	for row := 2; ; row++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			ps.add(fmt.Sprintf("row %d", row), "", "%v", csvProblem(err, row, rec))
			break
		}
		if !b.row(&ps, row, rec) {
			break
		}
	}
	return b.doc, ps.err()
}

// csvProblem says what is wrong with a row the csv package could not read.
func csvProblem(err error, row int, rec []string) error {
	if errors.Is(err, csv.ErrFieldCount) {
		return refuse(fmt.Sprintf("row %d", row), "", "has %d columns where the header has a different number; every row needs the header's columns", len(rec))
	}
	if errors.Is(err, io.EOF) {
		return refuse("file", "", "is empty; a CSV import needs a header row")
	}
	return refuse(fmt.Sprintf("row %d", row), "", "is not valid CSV: %v", err)
}

// csvBuilder turns rows into a Document, one actor per speaker name and one
// source per title and URL.
type csvBuilder struct {
	doc     *Document
	cols    map[string]int
	actors  map[string]int64
	sources map[string]int64
}

func (b *csvBuilder) cell(rec []string, name string) string {
	if i, ok := b.cols[strings.ToLower(name)]; ok {
		return unspreadsheetCell(strings.TrimSpace(rec[i]))
	}
	return ""
}

// row reads one row; it reports false once there are enough problems.
func (b *csvBuilder) row(ps *problems, row int, rec []string) bool {
	where := fmt.Sprintf("row %d", row)
	if strings.TrimSpace(strings.Join(rec, "")) == "" {
		return true
	}
	switch strings.ToLower(b.cell(rec, "Type")) {
	case "title":
		b.doc.Timeline.Title, b.doc.Timeline.Summary = b.cell(rec, "Headline"), b.cell(rec, "Text")
		return true
	case "era":
		return true
	}
	e := DocEntry{Kind: models.KindEvent, ID: int64(len(b.doc.Entries) + 1), Lane: b.cell(rec, "Group"),
		Title: b.cell(rec, "Headline"), Tags: []string{}, Citations: []DocCitation{}, Relations: []DocRelation{}, where: where}
	if kind := b.cell(rec, "Kind"); kind != "" {
		e.Kind = models.ItemKind(strings.ToLower(kind))
	}
	text := ""
	if i, ok := b.cols["text"]; ok {
		text = unspreadsheetCell(rec[i]) // as written: an event's description keeps its spaces and lines
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
		return len(ps.list) < maxProblems
	}
	e.Date = date
	lines := strings.Split(b.cell(rec, "Sources"), "\n")
	if _, ok := b.cols["sources"]; !ok && b.cell(rec, "Media") != "" {
		lines = []string{b.cell(rec, "Media Caption") + " <" + b.cell(rec, "Media") + ">"}
	}
	for _, line := range lines {
		if line = strings.TrimSpace(line); line != "" {
			e.Citations = append(e.Citations, DocCitation{SourceID: b.source(line), Locator: "whole document"})
		}
	}
	b.doc.Entries = append(b.doc.Entries, e)
	return true
}

// date reads the row's date: factline's EDTF Date when it is there, else the
// TimelineJS cells, keeping the qualifiers of a Display Date that says the same.
func (b *csvBuilder) date(ps *problems, where string, rec []string) (string, bool) {
	if text := b.cell(rec, "EDTF Date"); text != "" {
		d, err := edtf.Parse(text)
		if err != nil {
			ps.add(where, "EDTF Date", "%q is not a date factline can read: %v", text, err)
			return "", false
		}
		return d.String(), true
	}
	start, ok := b.cellsDate(ps, where, "", rec)
	end, endOK := b.cellsDate(ps, where, "End ", rec)
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
			ps.add(where, "Year", "is empty, and Display Date %q is not a date factline can read", display)
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
		ps.add(where, "Year", "the date cells make %q, which is not a date: %v", text, err)
		return "", false
	}
	if shownErr == nil && display != "" && shown.SortKey() == d.SortKey() && shown.EndKey() == d.EndKey() {
		return shown.String(), true
	}
	return d.String(), true
}

// cellsDate builds EDTF from the Year, Month and Day cells (with prefix "End "
// for the end), as precise as they are filled in.
func (b *csvBuilder) cellsDate(ps *problems, where, prefix string, rec []string) (string, bool) {
	var parts []int
	for _, name := range []string{"Year", "Month", "Day"} {
		cell := b.cell(rec, prefix+name)
		if cell == "" {
			break
		}
		n, err := strconv.Atoi(cell)
		if err != nil {
			ps.add(where, prefix+name, "%q is not a number; write the %s in digits, such as %s", cell, strings.ToLower(name), map[string]string{"Year": "2022", "Month": "9", "Day": "8"}[name])
			return "", false
		}
		parts = append(parts, n)
	}
	switch len(parts) {
	case 0:
		return "", true
	case 1:
		return fmt.Sprintf("%04d", parts[0]), true
	case 2:
		return fmt.Sprintf("%04d-%02d", parts[0], parts[1]), true
	}
	return fmt.Sprintf("%04d-%02d-%02d", parts[0], parts[1], parts[2]), true
}

// actor returns the document id of the speaker with this name, adding it once.
func (b *csvBuilder) actor(name string) int64 {
	key := strings.ToLower(name)
	if id, ok := b.actors[key]; ok {
		return id
	}
	id := int64(len(b.doc.Actors) + 1)
	b.actors[key] = id
	b.doc.Actors = append(b.doc.Actors, DocActor{ID: id, Kind: models.Person, Name: name, Aliases: []string{}, Roles: []DocRole{}})
	return id
}

// source returns the document id of the source a Sources line ("Title <URL>")
// names, adding it once.
func (b *csvBuilder) source(line string) int64 {
	title, url := line, ""
	if i := strings.LastIndex(line, " <"); i >= 0 && strings.HasSuffix(line, ">") {
		title, url = strings.TrimSpace(line[:i]), line[i+2:len(line)-1]
	} else if strings.HasPrefix(line, "<") && strings.HasSuffix(line, ">") {
		title, url = "", line[1:len(line)-1]
	}
	if title == "" {
		title = url
	}
	key := title + "\x00" + url
	if id, ok := b.sources[key]; ok {
		return id
	}
	id := int64(len(b.doc.Sources) + 1)
	b.sources[key] = id
	b.doc.Sources = append(b.doc.Sources, DocSource{ID: id, Kind: "document", URL: url, Title: title})
	return id
}
