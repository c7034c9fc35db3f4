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

// refuseControls refuses, field by field, text that holds a control character
// other than tab, newline and carriage return (invisible on a page, such a
// character makes an XML export (SVG) malformed and confuses search) or bytes
// that are not UTF-8 (which PostgreSQL's text refuses).
func refuseControls(fe FieldErrors, fields map[string]string) {
	for field, v := range fields {
		if !utf8.ValidString(v) {
			fe.Add(field, "Remove the bytes that are not UTF-8 text; they often come with text saved in another encoding.")
		}
		if i := strings.IndexFunc(v, isControl); i >= 0 {
			fe.Add(field, fmt.Sprintf("Remove the invisible control character U+%04X (character %d); it often comes with text pasted from a PDF or a terminal.",
				v[i], utf8.RuneCountInString(v[:i])+1))
		}
	}
}

// dropControls removes the control characters and bytes that refuseControls
// refuses, for whole documents (a source's text) where a stray one should not
// stop a save.
func dropControls(s string) string {
	s = strings.ToValidUTF8(s, "")
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s)
}

// isControl reports a C0 control character other than tab, newline and CR.
func isControl(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' }

func required(fe FieldErrors, field, value, what string) {
	if strings.TrimSpace(value) == "" {
		fe.Add(field, what+" is required.")
	}
}

// checkURL accepts an empty URL or an absolute http(s) one.
func checkURL(fe FieldErrors, field, raw string) {
	if raw == "" {
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

// dateBounds gives the earliest and latest known day of d for the *_earliest and
// *_latest columns; an open end takes the other end's day; nil for no date.
func dateBounds(d edtf.Date) (earliest, latest *string) {
	if d.IsZero() {
		return nil, nil
	}
	lo, hi := d.SortKey(), d.EndKey()
	return &lo, &hi
}
