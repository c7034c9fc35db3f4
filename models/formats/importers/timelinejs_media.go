package importers

import (
	"net/url"
	"strings"

	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/richtext"
)

// tjsMediaFields are the media fields factline reads; any other is kept in the note.
var tjsMediaFields = map[string]bool{"url": true, "caption": true, "credit": true, "thumbnail": true}

// media reads the slide's media onto the entry: the URL as written (resolved
// against the base URL when one is given; a <blockquote> kept as a quotation),
// caption and credit as safe HTML, and the thumbnail. A web address is also
// cited as the entry's source.
func (r *tjsReader) media(s *tjsInSlide, e *formats.DocEntry) {
	m := s.object("media")
	if m == nil {
		return
	}
	media := formats.DocMedia{URL: s.str("media.url", m["url"]), Caption: r.html(s.str("media.caption", m["caption"])),
		Credit: r.html(s.str("media.credit", m["credit"])), Thumbnail: s.str("media.thumbnail", m["thumbnail"])}
	for _, key := range sortedKeys(m) {
		if !tjsMediaFields[key] && s.str("media."+key, m[key]) != "" {
			s.keepRaw("media."+key, m[key], "kept in the entry's note")
		}
	}
	if strings.HasPrefix(strings.ToLower(media.URL), "<blockquote") {
		media.URL = r.z.Quote(media.URL)
		r.doc.Keep(s.where, "media.url", "is a <blockquote>; kept as the entry's quotation")
	} else {
		media.URL = r.resolve(s, "media.url", media.URL)
		media.Thumbnail = r.resolve(s, "media.thumbnail", media.Thumbnail)
	}
	if media == (formats.DocMedia{}) {
		return
	}
	e.Media = &media
	if !isWebAddress(media.URL) {
		return
	}
	id, ok := r.sources[media.URL]
	if !ok {
		id = int64(len(r.doc.Sources) + 1)
		r.sources[media.URL] = id
		title := richtext.Plain(media.Caption)
		if title == "" {
			title = media.URL
		}
		r.doc.Sources = append(r.doc.Sources, formats.DocSource{ID: id, Kind: "document", URL: media.URL,
			Title: shortenWords(strings.ReplaceAll(title, "\n", " "), 300), Publisher: richtext.Plain(media.Credit)})
	}
	e.Citations = append(e.Citations, formats.DocCitation{SourceID: id, Locator: "whole document"})
}

// resolve reads a media URL against the base URL the import was given; a
// relative one without a base is kept as written, a protocol-relative one
// (//host/x.jpg) is read as https.
func (r *tjsReader) resolve(s *tjsInSlide, field, raw string) string {
	if raw == "" || isWebAddress(raw) {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		r.doc.Keep(s.where, field, "is not a web address; kept as written, not cited as a source")
		return raw
	}
	switch {
	case r.opt.BaseURL != nil:
		r.doc.Keep(s.where, field, "is relative; resolved against the base URL "+r.opt.BaseURL.String())
		return r.opt.BaseURL.ResolveReference(u).String()
	case strings.HasPrefix(raw, "//"):
		r.doc.Keep(s.where, field, "has no scheme (//…); read as https")
		return "https:" + raw
	}
	r.doc.Keep(s.where, field, "is relative; kept as written (give a base URL to resolve it and cite it as a source)")
	return raw
}

// isWebAddress reports whether raw is an absolute http(s) URL, which a source may have.
func isWebAddress(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
