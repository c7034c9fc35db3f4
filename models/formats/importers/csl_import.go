package importers

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/formats"
)

// cslInItem is a CSL-JSON item as Zotero, Better BibTeX, Mendeley and
// factline write them: names as family and given or literal, dates as
// date-parts or raw text.
type cslInItem struct {
	ID             json.RawMessage `json:"id"`
	Type           string          `json:"type"`
	Title          string          `json:"title"`
	URL            string          `json:"URL"`
	DOI            string          `json:"DOI"`
	ContainerTitle string          `json:"container-title"`
	Publisher      string          `json:"publisher"`
	Author         []cslInName     `json:"author"`
	Issued         *cslInDate      `json:"issued"`
	Accessed       *cslInDate      `json:"accessed"`
	Note           string          `json:"note"`
	Archive        string          `json:"archive_location"`
}

type cslInName struct {
	Family  string `json:"family"`
	Given   string `json:"given"`
	Literal string `json:"literal"`
}

type cslInDate struct {
	DateParts [][]json.RawMessage `json:"date-parts"`
	Raw       string              `json:"raw"`
	Literal   string              `json:"literal"`
	Circa     json.RawMessage     `json:"circa"`
}

// cslKinds maps CSL item types onto factline's kinds of source.
var cslKinds = map[string]string{"article-newspaper": "article", "article-magazine": "article", "article-journal": "article",
	"article": "article", "webpage": "article", "report": "report", "speech": "statement", "interview": "transcript",
	"motion_picture": "video", "broadcast": "video", "post": "social post", "post-weblog": "social post"}

// parseCSLJSON reads a CSL-JSON array as sources to import, matched later by DOI or URL.
func parseCSLJSON(text []byte, name string) (*formats.Document, error) {
	var items []json.RawMessage
	if err := json.Unmarshal(text, &items); err != nil {
		return nil, jsonProblem(text, err)
	}
	doc := sourcesDocument(name)
	var ps formats.Problems
	for i, raw := range items {
		where := fmt.Sprintf("item %d", i+1)
		var it cslInItem
		if err := json.Unmarshal(raw, &it); err != nil {
			ps.Add(where, "", "is not a CSL-JSON item (an object with type and title): %s", plainJSONError(err))
			continue
		}
		src := formats.DocSource{ID: int64(len(doc.Sources) + 1), Kind: cslKinds[it.Type], Title: strings.TrimSpace(it.Title),
			URL: strings.TrimSpace(it.URL), Publisher: it.Publisher, Notes: it.Note, DOI: normalDOI(it.DOI)}
		if src.Kind == "" {
			src.Kind = "document"
		}
		if id, ok := strings.CutPrefix(strings.Trim(string(it.ID), `"`), "source-"); ok {
			src.FactlineID, _ = strconv.ParseInt(id, 10, 64)
		}
		if src.Publisher == "" {
			src.Publisher = it.ContainerTitle
		}
		var authors []string
		for _, a := range it.Author {
			if n := strings.TrimSpace(a.Literal); n != "" {
				authors = append(authors, n)
			} else if n := strings.TrimSpace(a.Given + " " + a.Family); n != "" {
				authors = append(authors, n)
			}
		}
		src.Author = strings.Join(authors, "; ")
		if isWebAddress(it.Archive) {
			src.ArchiveURL = it.Archive
		}
		src.Published = cslInDateEDTF(doc, where, "issued", it.Issued)
		src.Accessed = cslInDateEDTF(doc, where, "accessed", it.Accessed)
		finishSource(doc, where, "title", &src)
		doc.Sources = append(doc.Sources, src)
	}
	return doc, ps.Err()
}

// sourcesDocument is a Document that holds only sources, named after its file.
func sourcesDocument(name string) *formats.Document {
	return &formats.Document{Format: "factline", FormatVersion: formats.FormatVersion, SourcesOnly: true,
		Timeline: formats.DocTimeline{Title: name, Visibility: "private"}}
}

// finishSource gives a source without a title one, and one with a DOI but no
// URL the DOI's address.
func finishSource(doc *formats.Document, where, titleField string, src *formats.DocSource) {
	if src.URL == "" && src.DOI != "" {
		src.URL = "https://doi.org/" + src.DOI
	}
	if src.DOI != "" && !strings.Contains(src.Notes, src.DOI) {
		src.Notes = strings.TrimSpace(src.Notes + "\nDOI: " + src.DOI)
	}
	if src.Title == "" {
		src.Title = src.URL
		if src.Title == "" {
			src.Title = "Untitled " + where
		}
		doc.Keep(where, titleField, "is empty; the source was titled by its address or its place in the file")
	}
}

// normalDOI is a DOI without the resolver's address or a "doi:" prefix, in lower case.
func normalDOI(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	for _, prefix := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"} {
		s = strings.TrimPrefix(s, prefix)
	}
	return strings.TrimSpace(s)
}

// cslInDateEDTF reads a CSL date as EDTF; one it cannot read is kept in the list.
func cslInDateEDTF(doc *formats.Document, where, field string, d *cslInDate) string {
	if d == nil {
		return ""
	}
	var text string
	if len(d.DateParts) > 0 {
		var ends []string
		for _, parts := range d.DateParts {
			var nums []int
			for _, p := range parts {
				n, err := strconv.Atoi(strings.Trim(string(p), `"`))
				if err != nil {
					break
				}
				nums = append(nums, n)
			}
			if len(nums) == 0 {
				continue
			}
			end := edtf.FormatYear(nums[0])
			if len(nums) > 1 {
				end += fmt.Sprintf("-%02d", nums[1])
			}
			if len(nums) > 2 {
				end += fmt.Sprintf("-%02d", nums[2])
			}
			ends = append(ends, end)
		}
		text = strings.Join(ends, "/")
	} else {
		text = strings.TrimSpace(d.Raw + d.Literal)
	}
	if c := strings.Trim(string(d.Circa), `"`); text != "" && c != "" && c != "false" && c != "0" && !strings.ContainsAny(text, "/~?%") {
		text += "~"
	}
	parsed, err := edtf.Parse(text)
	if err != nil {
		doc.Keep(where, field, fmt.Sprintf("%q is not a date factline reads; left empty", text))
		return ""
	}
	return parsed.String()
}

// plainJSONError says what is wrong in a researcher's words, without Go's type names.
func plainJSONError(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("the field %q holds %s where text or a list was expected", te.Field, te.Value)
	}
	return "it is not valid JSON"
}
