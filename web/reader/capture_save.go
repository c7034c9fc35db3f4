package reader

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/ui"
)

// maxCaptureHTML is the largest pasted or uploaded page extracted.
const maxCaptureHTML = 10 << 20

// CaptureSave serves POST /capture: it extracts the article from the uploaded
// file, the pasted HTML or the fetched URL, keeps what was received as a
// capture (items.KeepCaptured), and shows the source form filled with it for
// review; the source is stored when that form is saved, and the capture tied
// to it then.
func (h *Handler) CaptureSave(c echo.Context) error {
	f := ui.ReadForm(c, "/capture", "url", "html")
	page, field, err := h.capturedPage(c, f)
	if to, ok := pdfCapture(f, page, err); ok {
		return h.sourcePDFInstead(c, to, field)
	}
	if err == nil {
		var a capture.Article
		if isTextUpload(c) {
			a, err = capture.PlainText(page, f.Get("url"))
		} else {
			a, err = h.Capturer.Capture(c.Request().Context(), page, f.Get("url"))
		}
		var refused *capture.RefusedError
		switch {
		case err == nil:
			captureID, err := h.items.KeepCaptured(c, a, page, field == "page")
			if err != nil {
				return err
			}
			review := ui.EmptyForm(c, "/sources", map[string]string{"kind": "article", "url": a.URL, "canonical_url": a.Canonical, "title": a.Title,
				"author": a.Author, "publisher": a.Publisher, "published": a.Published,
				"accessed": time.Now().Format("2006-01-02"), "text": a.Text, "capture_id": strconv.FormatInt(captureID, 10)})
			p := h.Page(c, "Review the captured source", "", "sources")
			return h.Render(c, http.StatusOK, p, views.SourceFormPage(review, false))
		case errors.Is(err, capture.ErrBusy):
			c.Response().Header().Set("Retry-After", "60")
			f.Errors.Add("page", "factline is capturing other pages right now. Try again in a minute.")
			return h.renderCapture(c, http.StatusServiceUnavailable, f)
		case errors.As(err, &refused):
			f.Errors.Add(field, refused.Reason)
		case errors.Is(err, capture.ErrNoArticle):
			f.Errors.Add("page", "No article text was found in this page (a text file needs a title line and text below it). Paste its text into a new source instead.")
		default:
			return err
		}
	} else if !ui.FieldErrors(f, err) {
		return err
	}
	return h.renderCapture(c, http.StatusUnprocessableEntity, f)
}

// renderCapture answers with the capture form and its messages.
func (h *Handler) renderCapture(c echo.Context, status int, f views.Form) error {
	v := views.Capture{Form: f, Bookmarklet: bookmarklet(h.BaseURL(c))}
	return h.Render(c, status, h.Page(c, "Capture a source", "", "sources"), views.CapturePage(v))
}

// capturedPage returns the page's HTML from the upload, else the paste, and the
// field it came from; with neither, a nil page and "url", for the capturer to
// fetch. Bad input comes back as field errors.
func (h *Handler) capturedPage(c echo.Context, f views.Form) ([]byte, string, error) {
	if fh, err := c.FormFile("file"); err == nil {
		file, err := fh.Open()
		if err != nil {
			return nil, "", fmt.Errorf("web: capture upload: %w", err)
		}
		defer file.Close()
		page, err := limited(file, "page")
		return page, "page", err
	}
	if strings.TrimSpace(f.Get("html")) != "" {
		page, err := limited(strings.NewReader(f.Get("html")), "html")
		return page, "html", err
	}
	if f.Get("url") == "" {
		return nil, "", models.FieldErrors{"url": "Give a web address, paste the page's HTML, or upload a saved page."}
	}
	return nil, "url", nil
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
