package importers

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/factline/factline/models/formats"
)

// bibtexKinds maps BibTeX entry types onto factline's kinds of source.
var bibtexKinds = map[string]string{"article": "article", "techreport": "report", "report": "report",
	"online": "article", "misc": "document", "video": "video"}

// bibtexMonths are BibTeX's month macros.
var bibtexMonths = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// parseBibTeX reads BibTeX entries (@article{key, title = {…}, …}) as sources
// to import; @string, @preamble and @comment are skipped.
func parseBibTeX(text []byte, name string) (*formats.Document, error) {
	doc := sourcesDocument(name)
	var ps formats.Problems
	r := bibReader{s: string(text)}
	for n := 1; ; n++ {
		kind, fields, ok, err := r.entry()
		if err != nil {
			ps.Add(fmt.Sprintf("entry %d", n), "", "%v", err)
			break
		}
		if !ok {
			break
		}
		switch kind {
		case "string", "preamble", "comment":
			n--
			continue
		}
		where := fmt.Sprintf("entry %d", n)
		src := formats.DocSource{ID: int64(len(doc.Sources) + 1), Kind: bibtexKinds[kind], Title: fields["title"],
			URL: fields["url"], DOI: normalDOI(fields["doi"]), Notes: fields["note"]}
		if src.Kind == "" {
			src.Kind = "document"
		}
		for _, f := range []string{"journal", "booktitle", "publisher", "institution", "organization", "howpublished"} {
			if v := fields[f]; v != "" && !strings.Contains(v, "\\url") {
				src.Publisher = v
				break
			}
		}
		src.Author = strings.Join(strings.Split(fields["author"], " and "), "; ")
		date := fields["date"]
		if date == "" && fields["year"] != "" {
			date = fields["year"]
			if m, ok := bibtexMonths[strings.ToLower(fields["month"])[:min(3, len(fields["month"]))]]; ok {
				date += fmt.Sprintf("-%02d", m)
				if d := fields["day"]; d != "" {
					date += fmt.Sprintf("-%02s", d)
				}
			}
		}
		src.Published = cslInDateEDTF(doc, where, "year", &cslInDate{Raw: date})
		src.Accessed = cslInDateEDTF(doc, where, "urldate", &cslInDate{Raw: fields["urldate"]})
		finishSource(doc, where, "title", &src)
		doc.Sources = append(doc.Sources, src)
	}
	return doc, ps.Err()
}

// bibReader reads BibTeX entries one at a time.
type bibReader struct {
	s   string
	pos int
}

// entry reads the next entry: its type in lower case and its fields (names in
// lower case, values with their braces taken off); ok is false at the end.
func (r *bibReader) entry() (kind string, fields map[string]string, ok bool, err error) {
	at := strings.IndexByte(r.s[r.pos:], '@')
	if at < 0 {
		return "", nil, false, nil
	}
	r.pos += at + 1
	open := strings.IndexAny(r.s[r.pos:], "{(")
	if open < 0 {
		return "", nil, false, fmt.Errorf("an entry starts with @ but has no opening brace")
	}
	kind = strings.ToLower(strings.TrimSpace(r.s[r.pos : r.pos+open]))
	r.pos += open + 1
	if kind == "comment" || kind == "preamble" || kind == "string" {
		_, err := r.value('{')
		return kind, nil, true, err
	}
	comma := strings.IndexByte(r.s[r.pos:], ',')
	if comma < 0 {
		return "", nil, false, fmt.Errorf("@%s has no citation key followed by a comma", kind)
	}
	r.pos += comma + 1
	fields = map[string]string{}
	for {
		r.skipSpace()
		if r.pos >= len(r.s) {
			return "", nil, false, fmt.Errorf("@%s is not closed; end it with }", kind)
		}
		if c := r.s[r.pos]; c == '}' || c == ')' {
			r.pos++
			return kind, fields, true, nil
		}
		eq := strings.IndexByte(r.s[r.pos:], '=')
		if eq < 0 {
			return "", nil, false, fmt.Errorf("@%s has a field without = and a value", kind)
		}
		name := strings.ToLower(strings.TrimSpace(r.s[r.pos : r.pos+eq]))
		r.pos += eq + 1
		r.skipSpace()
		v, err := r.fieldValue()
		if err != nil {
			return "", nil, false, fmt.Errorf("@%s, field %s: %w", kind, name, err)
		}
		fields[name] = strings.Join(strings.Fields(v), " ")
		r.skipSpace()
		if r.pos < len(r.s) && r.s[r.pos] == ',' {
			r.pos++
		}
	}
}

func (r *bibReader) skipSpace() {
	for r.pos < len(r.s) && unicode.IsSpace(rune(r.s[r.pos])) {
		r.pos++
	}
}

// fieldValue reads {…}, "…" or a bare word or number, joined with # pieces.
func (r *bibReader) fieldValue() (string, error) {
	var out strings.Builder
	for {
		r.skipSpace()
		if r.pos >= len(r.s) {
			return "", fmt.Errorf("the value is not closed")
		}
		switch c := r.s[r.pos]; c {
		case '{', '"':
			r.pos++
			v, err := r.value(c)
			if err != nil {
				return "", err
			}
			out.WriteString(v)
		default:
			end := r.pos
			for end < len(r.s) && !strings.ContainsRune(",}#) \t\r\n", rune(r.s[end])) {
				end++
			}
			out.WriteString(r.s[r.pos:end])
			r.pos = end
		}
		r.skipSpace()
		if r.pos < len(r.s) && r.s[r.pos] == '#' {
			r.pos++
			continue
		}
		return out.String(), nil
	}
}

// value reads up to the brace or quote that closes one opened by open, taking
// nested braces off.
func (r *bibReader) value(open byte) (string, error) {
	var out strings.Builder
	depth := 0
	for r.pos < len(r.s) {
		c := r.s[r.pos]
		r.pos++
		switch {
		case c == '\\' && r.pos < len(r.s):
			out.WriteByte(c)
			out.WriteByte(r.s[r.pos])
			r.pos++
			continue
		case c == '{':
			depth++
			continue
		case c == '}' && depth > 0:
			depth--
			continue
		case c == '}' && open == '{', c == '"' && open == '"' && depth == 0:
			return strings.ReplaceAll(out.String(), "\\&", "&"), nil
		}
		out.WriteByte(c)
	}
	return "", fmt.Errorf("a brace or quote is not closed")
}
