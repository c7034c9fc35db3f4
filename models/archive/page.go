package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"mime"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/capture"
)

// ErrNotAPage is returned for a capture whose kept bytes are not a page to
// read (a PDF, a file of another kind): it is downloaded, not opened.
var ErrNotAPage = errors.New("archive: the capture is not a web page")

// Readable reports whether a capture's kept bytes hold a page that opens as
// an archived copy: a fetched or uploaded HTML page, or uploaded plain text.
func Readable(c models.Capture) bool {
	switch pageMedia(c.ContentType) {
	case "text/html", "application/xhtml+xml":
		return true
	case "text/plain":
		return c.Kind == models.CaptureUpload
	}
	return false
}

func pageMedia(contentType string) string {
	media, _, _ := mime.ParseMediaType(contentType)
	return strings.ToLower(media)
}

// Page returns the archived copy of a capture to serve to a reader, made
// from the bytes kept and nothing else (ArchivedCopy), as UTF-8 HTML. The
// caller has read the capture's source as its viewer.
func (a Archive) Page(ctx context.Context, c *models.Capture) ([]byte, error) {
	if !Readable(*c) {
		return nil, fmt.Errorf("archive: page of capture %d: %w", c.ID, ErrNotAPage)
	}
	kept, err := a.Bytes(ctx, c)
	if err != nil {
		return nil, err
	}
	body, contentType, base := kept, c.ContentType, c.FinalURL
	if c.Kind == models.CaptureFetch {
		p, err := capture.LastResponse(kept)
		if err != nil {
			return nil, fmt.Errorf("archive: page of capture %d: %w", c.ID, err)
		}
		body, contentType, base = p.Body, p.ContentType, p.URL
	}
	if pageMedia(contentType) == "text/plain" {
		return []byte("<!DOCTYPE html><meta charset=\"utf-8\"><pre style=\"white-space: pre-wrap\">" +
			html.EscapeString(string(bytes.ToValidUTF8(body, []byte("\uFFFD")))) + "</pre>"), nil
	}
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return nil, fmt.Errorf("archive: page of capture %d: %w", c.ID, err)
	}
	return ArchivedCopy(r, base)
}

// PageContentType is the Content-Type of what Page returns: the site's
// charset is decoded to UTF-8.
const PageContentType = "text/html; charset=utf-8"
