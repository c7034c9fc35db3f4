package web

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/views"
)

// maxCaptureHTML is the largest pasted or uploaded page extracted.
const maxCaptureHTML = 10 << 20

// captureSave serves POST /capture: it extracts the article from the uploaded
// file, the pasted HTML or the fetched URL, and shows the source form filled
// with it for review; nothing is stored until that form is saved.
func (s *Server) captureSave(c echo.Context) error {
	f := readForm(c, "/capture", "url", "html")
	page, err := s.capturedPage(c, f)
	if err == nil {
		var a capture.Article
		if a, err = capture.Extract(bytes.NewReader(page), f.Get("url")); err == nil {
			review := emptyForm(c, "/sources", map[string]string{"kind": "article", "url": a.URL, "title": a.Title,
				"author": a.Author, "publisher": a.Publisher, "published": a.Published,
				"accessed": time.Now().Format("2006-01-02"), "text": a.Text})
			p := s.page(c, "Review the captured source", "", "sources")
			return s.render(c, http.StatusOK, p, views.SourceFormPage(review, false))
		}
		f.Errors.Add("page", "No article text was found in this page. Paste its text into a new source instead.")
	} else if !fieldErrors(f, err) {
		return err
	}
	v := views.Capture{Form: f, Bookmarklet: bookmarklet(s.baseURL(c))}
	return s.render(c, http.StatusUnprocessableEntity, s.page(c, "Capture a source", "", "sources"), views.CapturePage(v))
}

// capturedPage returns the page's HTML: the upload, else the paste, else the
// page fetched from the URL. Bad input comes back as field errors.
func (s *Server) capturedPage(c echo.Context, f views.Form) ([]byte, error) {
	if fh, err := c.FormFile("file"); err == nil {
		file, err := fh.Open()
		if err != nil {
			return nil, fmt.Errorf("web: capture upload: %w", err)
		}
		defer file.Close()
		return limited(file, "file")
	}
	if strings.TrimSpace(f.Get("html")) != "" {
		return limited(strings.NewReader(f.Get("html")), "html")
	}
	if f.Get("url") == "" {
		return nil, models.FieldErrors{"url": "Give a web address, paste the page's HTML, or upload a saved page."}
	}
	page, _, err := capture.DefaultFetcher.Fetch(c.Request().Context(), f.Get("url"))
	var refused *capture.RefusedError
	if errors.As(err, &refused) {
		return nil, models.FieldErrors{"url": refused.Reason}
	}
	return page, err
}

func limited(r io.Reader, field string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxCaptureHTML+1))
	if err != nil {
		return nil, fmt.Errorf("web: capture read: %w", err)
	}
	if len(b) > maxCaptureHTML {
		return nil, models.FieldErrors{field: fmt.Sprintf("The page is larger than %d MiB, the most factline extracts.", maxCaptureHTML>>20)}
	}
	return b, nil
}
