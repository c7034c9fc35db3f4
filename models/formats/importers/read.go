// Package importers reads the files an import takes — factline JSON, CSV,
// TimelineJS3 JSON, and a reference manager's CSL-JSON or BibTeX — into a
// checked formats.Document, naming the row and field of every refusal.
package importers

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factline/factline/models/formats"
)

// MaxImportSize is the largest file an import reads (50 MiB).
const MaxImportSize = 50 << 20

// The formats an import reads.
const (
	ImportFactlineJSON = "factline JSON"
	ImportCSV          = "CSV"
	ImportTimelineJS   = "TimelineJS3 JSON"
	ImportCSLJSON      = "CSL-JSON"
	ImportBibTeX       = "BibTeX"
)

// Options are what the person importing says about the file.
type Options struct {
	// BaseURL, when set, resolves the relative media URLs of a TimelineJS file or CSV.
	BaseURL *url.URL
}

// Read reads a file to import with no options; see ReadWith.
func Read(r io.Reader, name string) (*formats.Document, string, error) {
	return ReadWith(r, name, Options{})
}

// ReadWith reads a file to import — factline JSON, CSV or TimelineJS3 JSON, told
// apart by content and name — and returns it as a checked Document with the
// name of the format it was in. Text may be UTF-8 (with or without a byte order
// mark) or UTF-16 with one; invalid UTF-8 is refused. A file larger than
// MaxImportSize is refused without reading more of it. Every refusal is Problems.
func ReadWith(r io.Reader, name string, opt Options) (*formats.Document, string, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxImportSize+1))
	if err != nil {
		return nil, "", formats.Refuse("file", "", "could not be read: %v", err)
	}
	if len(raw) > MaxImportSize {
		return nil, "", formats.Refuse("file", "", "is larger than %d MiB, the most an import takes", MaxImportSize>>20)
	}
	text, err := decodeText(raw)
	if err != nil {
		return nil, "", err
	}
	var doc *formats.Document
	format := detect(text, name)
	switch format {
	case ImportFactlineJSON:
		doc, err = parseFactlineJSON(text)
	case ImportTimelineJS:
		doc, err = parseTimelineJS(text, opt)
	case ImportCSLJSON:
		doc, err = parseCSLJSON(text, sourcesName(name))
	case ImportBibTeX:
		doc, err = parseBibTeX(text, sourcesName(name))
	default:
		doc, err = parseCSV(text, opt)
	}
	if err != nil {
		return nil, format, err
	}
	if doc.Timeline.Title == "" && name != "" {
		doc.Timeline.Title = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	if err := doc.Check(); err != nil {
		return nil, format, err
	}
	return doc, format, nil
}

// sourcesName is the name of a reference manager's file, for the plan.
func sourcesName(name string) string {
	if name == "" {
		return "Sources"
	}
	return filepath.Base(name)
}

// decodeText turns the file into UTF-8 without a byte order mark.
func decodeText(raw []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw[2:], raw[0] == 0xFE)
	}
	if !utf8.Valid(raw) {
		bad := len(raw)
		for i := 0; i < len(raw); {
			r, n := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && n == 1 {
				bad = i
				break
			}
			i += n
		}
		line := bytes.Count(raw[:bad], []byte{'\n'}) + 1
		return nil, formats.Refuse("file", "", "is not UTF-8 text: line %d has a byte (0x%02X at byte %d) that is not UTF-8; save the file as UTF-8 and try again", line, raw[bad], bad)
	}
	return raw, nil
}

func decodeUTF16(b []byte, bigEndian bool) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, formats.Refuse("file", "", "starts with a UTF-16 byte order mark but has an odd number of bytes")
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(units))), nil
}

// detect tells the formats apart: JSON by its first character, then factline
// JSON by its "format" field; anything else is read as CSV.
func detect(text []byte, name string) string {
	trimmed := bytes.TrimLeft(text, " \t\r\n")
	switch {
	case len(trimmed) > 0 && trimmed[0] == '[':
		return ImportCSLJSON
	case len(trimmed) > 0 && trimmed[0] == '@', strings.EqualFold(filepath.Ext(name), ".bib"):
		return ImportBibTeX
	}
	if len(trimmed) == 0 || trimmed[0] != '{' {
		if strings.EqualFold(filepath.Ext(name), ".json") {
			return ImportFactlineJSON // let the JSON reader say what is wrong
		}
		return ImportCSV
	}
	var probe struct {
		Format *string `json:"format"`
	}
	if json.Unmarshal(text, &probe) == nil && probe.Format == nil {
		return ImportTimelineJS
	}
	return ImportFactlineJSON
}
