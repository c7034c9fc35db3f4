package items

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// SourceShow serves /sources/:id: the source, its captures, its text, and
// what cites it, a page at a time (?page=).
func (h *Handler) SourceShow(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	v, err := h.sourceShowView(c, id)
	if err != nil {
		return err
	}
	if ui.WantsJSON(c) {
		return c.JSON(http.StatusOK, map[string]any{"source": v.Source, "captures": v.Captures.List, "cited_by": v.Citers, "cited_by_next": v.CitersPager.Next})
	}
	p := ui.WithJSON(h.Page(c, v.Source.Title, DescribeSource(&v.Source), "sources"))
	return h.Render(c, http.StatusOK, p, views.SourceShowPage(v))
}

// sourceShowView reads what a source's page shows, as the request's viewer.
func (h *Handler) sourceShowView(c echo.Context, id int64) (views.SourceShow, error) {
	src, cits, labels, pager, err := h.SourceWithCiters(c, id)
	if err != nil {
		return views.SourceShow{}, err
	}
	v := views.SourceShow{Source: *src, Paragraphs: paragraphs(src.Text), CitersPager: pager}
	for _, cit := range cits {
		v.Citers = append(v.Citers, views.SourceCiter{Item: cit.Item(), Label: labels[cit.Item()], Citation: cit})
	}
	if v.Captures, err = h.sourceCaptures(c, src); err != nil {
		return v, err
	}
	v.Live, err = h.sourceLive(c, src)
	return v, err
}

var blankLines = regexp.MustCompile(`\n\s*\n`)

// paragraphs splits a pasted text at blank lines into paragraphs of lines.
func paragraphs(text string) [][]string {
	var out [][]string
	for _, block := range blankLines.Split(strings.ReplaceAll(text, "\r\n", "\n"), -1) {
		if block = strings.Trim(block, "\n"); strings.TrimSpace(block) != "" {
			out = append(out, strings.Split(block, "\n"))
		}
	}
	return out
}

// DescribeSource is the one-line description of a source in the head of its
// page and of its reader.
func DescribeSource(src *models.Source) string {
	d := "A " + src.Kind
	if src.Publisher != "" {
		d += " by " + src.Publisher
	}
	if !src.Published.IsZero() {
		d += ", " + src.Published.Display()
	}
	return d + "."
}
