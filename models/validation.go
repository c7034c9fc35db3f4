package models

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factline/factline/models/edtf"
)

// FieldErrors maps a form field's name to a message for the researcher. It is an
// error, so the Store returns it when a save is refused for bad input.
type FieldErrors map[string]string

// Error lists the messages, field by field.
func (fe FieldErrors) Error() string {
	keys := make([]string, 0, len(fe))
	for k := range fe {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+": "+fe[k])
	}
	return "invalid input: " + strings.Join(parts, "; ")
}

// Add records msg for field unless the field already has a message.
func (fe FieldErrors) Add(field, msg string) {
	if _, ok := fe[field]; !ok {
		fe[field] = msg
	}
}

// OrNil returns fe as an error, or nil when it holds no message.
func (fe FieldErrors) OrNil() error {
	if len(fe) == 0 {
		return nil
	}
	return fe
}

// HasStrayBytes reports text that holds a NUL or bytes that are not UTF-8,
// which no database should store (PostgreSQL's text refuses them).
func HasStrayBytes(s string) bool { return strings.IndexByte(s, 0) >= 0 || !utf8.ValidString(s) }

// Length limits of the text fields, in characters: far above what a
// researcher writes, low enough that no one field can fill memory, a page or
// the database (a 45 MB headline and a 900,000-character claim were saved).
const (
	// MaxTextLen bounds a field of prose: a claim, a description, a summary, a
	// note, a quote.
	MaxTextLen = 20000
	// MaxNameLen bounds a field that names or titles a thing (RefuseInNames).
	MaxNameLen = 500
	// MaxURLLen bounds a web address.
	MaxURLLen = 2048
	// MaxTags is how many tags an item has at most, MaxTagLen how long each is.
	MaxTags   = 50
	MaxTagLen = 100
)

// LimitLength refuses, field by field, text longer than max characters.
func LimitLength(fe FieldErrors, max int, fields map[string]string) {
	for field, v := range fields {
		if len(v) <= max { // fewer bytes than the limit: fewer characters too
			continue
		}
		if n := utf8.RuneCountInString(v); n > max {
			fe.Add(field, fmt.Sprintf("Keep this to %d characters at most; it has %d.", max, n))
		}
	}
}

// checkTags refuses more than MaxTags tags, one longer than MaxTagLen, and
// what RefuseInNames refuses in a name.
func checkTags(fe FieldErrors, tags []string) {
	if len(tags) > MaxTags {
		fe.Add("tags", fmt.Sprintf("Give %d tags at most; there are %d.", MaxTags, len(tags)))
	}
	for _, t := range tags {
		if n := utf8.RuneCountInString(t); n > MaxTagLen {
			fe.Add("tags", fmt.Sprintf("Keep each tag to %d characters at most; one has %d.", MaxTagLen, n))
		}
	}
	joined := map[string]string{"tags": strings.Join(tags, ",")}
	RefuseControls(fe, joined)
	refuseSpoofing(fe, joined)
}

// RefuseControls refuses, field by field, text that holds a character no
// field should hold (unwanted) or bytes that are not UTF-8 (which PostgreSQL's
// text refuses). Invisible on a page, such characters make an XML export (SVG)
// malformed, confuse search, or make text read otherwise than it is stored.
// It also holds each field to MaxTextLen.
func RefuseControls(fe FieldErrors, fields map[string]string) {
	LimitLength(fe, MaxTextLen, fields)
	for field, v := range fields {
		if !utf8.ValidString(v) {
			fe.Add(field, "Remove the bytes that are not UTF-8 text; they often come with text saved in another encoding.")
		}
		if i := strings.IndexFunc(v, unwanted); i >= 0 {
			fe.Add(field, unwantedMessage(v, i))
		}
	}
}

// RefuseInNames refuses, besides what RefuseControls refuses, the invisible
// characters that let one name pass for another (spoofing) in the fields that
// name or title a thing: bidirectional isolates (U+2066–U+2069) and
// zero-width characters with no use in a name (U+200B, U+2060–U+2064,
// U+FEFF). The zero-width joiner and non-joiner (U+200D, U+200C), which
// Persian, the Indic scripts and emoji need, and the direction marks (U+200E,
// U+200F, U+061C), which a name mixing directions needs, stay. Longer text (a
// claim, a description, a quote) keeps isolates and zero-width characters: a
// quote must match its source word for word.
// Names are held to MaxNameLen.
func RefuseInNames(fe FieldErrors, fields map[string]string) {
	LimitLength(fe, MaxNameLen, fields)
	RefuseControls(fe, fields)
	refuseSpoofing(fe, fields)
}

// refuseSpoofing refuses the characters of RefuseInNames that RefuseControls
// lets through.
func refuseSpoofing(fe FieldErrors, fields map[string]string) {
	for field, v := range fields {
		if i := strings.IndexFunc(v, spoofsNames); i >= 0 {
			r, _ := utf8.DecodeRuneInString(v[i:])
			fe.Add(field, fmt.Sprintf("Remove the invisible character U+%04X (character %d): in a name or title it makes text look like other text.",
				r, utf8.RuneCountInString(v[:i])+1))
		}
	}
}

// unwantedMessage says which unwanted character v holds at byte i, and why it goes.
func unwantedMessage(v string, i int) string {
	r, _ := utf8.DecodeRuneInString(v[i:])
	at := fmt.Sprintf("U+%04X (character %d)", r, utf8.RuneCountInString(v[:i])+1)
	switch {
	case isNoncharacter(r):
		return "Remove " + at + ": Unicode keeps it out of text (a noncharacter), and exports could not carry it."
	case isBidiOverride(r):
		return "Remove the invisible direction control " + at + ": it makes the text after it read in another order than it is stored."
	default:
		return "Remove the invisible control character " + at + "; it often comes with text pasted from a PDF or a terminal."
	}
}

// DropControls removes the characters and bytes that RefuseControls refuses,
// for whole documents (a source's text) where a stray one should not stop a
// save.
func DropControls(s string) string {
	s = strings.ToValidUTF8(s, "")
	if strings.IndexFunc(s, unwanted) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unwanted(r) {
			return -1
		}
		return r
	}, s)
}

// unwanted reports a character no text field keeps: a C0 control other than
// tab, newline and CR; a C1 control (U+0080–U+009F); a noncharacter
// (U+FFFE, U+FFFF and the others, which XML 1.0 refuses); a bidirectional
// embedding or override (U+202A–U+202E), which reverses what follows it and
// which no text typed in a form needs (isolates do that job, and stay in
// longer text).
func unwanted(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x80 && r <= 0x9f ||
		isNoncharacter(r) || isBidiOverride(r)
}

// isNoncharacter reports one of Unicode's 66 noncharacters.
func isNoncharacter(r rune) bool { return r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe }

// isBidiOverride reports a bidirectional embedding, override or their pop.
func isBidiOverride(r rune) bool { return r >= 0x202a && r <= 0x202e }

// spoofsNames reports a character RefuseInNames refuses.
func spoofsNames(r rune) bool {
	return r >= 0x2066 && r <= 0x2069 || r == 0x200b || r >= 0x2060 && r <= 0x2064 || r == 0xfeff
}

// Required refuses, as field, a value that is empty or only spaces: "what is required."
func Required(fe FieldErrors, field, value, what string) {
	if strings.TrimSpace(value) == "" {
		fe.Add(field, what+" is required.")
	}
}

// checkURL accepts an empty URL or an absolute http(s) one.
func checkURL(fe FieldErrors, field, raw string) {
	if raw == "" {
		return
	}
	if len(raw) > MaxURLLen {
		fe.Add(field, fmt.Sprintf("Keep a web address to %d characters at most; this has %d.", MaxURLLen, len(raw)))
		return
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		fe.Add(field, "Give a web address that starts with http:// or https://.")
	}
}

// ParseDate parses a date field, recording the parser's message for field;
// "today" and "yesterday" are the server's days.
func ParseDate(fe FieldErrors, field, raw string) edtf.Date {
	switch strings.ToLower(strings.TrimSpace(raw)) {
	case "today":
		raw = time.Now().Format("2006-01-02")
	case "yesterday":
		raw = time.Now().AddDate(0, 0, -1).Format("2006-01-02")
	}
	d, err := edtf.Parse(raw)
	if err != nil {
		fe.Add(field, err.Error())
	}
	return d
}

// DateBounds gives the earliest and latest known day of d for the *_earliest and
// *_latest columns; an open end takes the other end's day; nil for no date.
func DateBounds(d edtf.Date) (earliest, latest *string) {
	if d.IsZero() {
		return nil, nil
	}
	lo, hi := d.SortKey(), d.EndKey()
	return &lo, &hi
}
