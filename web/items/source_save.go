package items

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// sourceValues are a stored source's form values.
func sourceValues(src *models.Source) map[string]string {
	return map[string]string{
		"kind": src.Kind, "url": src.URL, "canonical_url": src.CanonicalURL, "title": src.Title, "publisher": src.Publisher, "author": src.Author,
		"published": src.Published.Display(), "accessed": src.Accessed.Display(), "archive_url": src.ArchiveURL,
		"text": src.Text, "language": src.Language, "notes": src.Notes, "version": strconv.Itoa(src.Version),
	}
}

// SourceNew serves the empty source form.
func (h *Handler) SourceNew(c echo.Context) error {
	f := ui.EmptyForm(c, "/sources", map[string]string{"kind": models.SourceKinds[0]})
	return h.Render(c, http.StatusOK, h.Page(c, "New source", "", "sources"), views.SourceFormPage(f, false))
}

// SourceEdit serves the form for an existing source.
func (h *Handler) SourceEdit(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	src, err := h.Store.As(httpx.Viewer(c)).Source(c.Request().Context(), id)
	if err != nil {
		return err
	}
	f := ui.EmptyForm(c, fmt.Sprintf("/sources/%d", id), sourceValues(src))
	return h.Render(c, http.StatusOK, h.Page(c, "Edit "+src.Title, "", "sources"), views.SourceFormPage(f, true))
}

// SourceSave creates (POST /sources) or updates (POST /sources/:id) a
// source; a new one made from the capture form is tied to its capture.
func (h *Handler) SourceSave(c echo.Context) error {
	return saveItem(h, c, itemSave[models.Source]{kind: "source", fields: httpx.SourceFields,
		item: func(_ context.Context, f views.Form, id int64) (*models.Source, error) {
			return httpx.SourceFromForm(f.Get).Source(id)
		},
		offer: httpx.SourceOffer,
		save:  h.Store.SaveSource,
		read:  storage.Reader.Source, values: sourceValues,
		page: views.SourceFormPage, form: views.SourceForm,
		id: func(src *models.Source) int64 { return src.ID },
		created: func(f views.Form, src *models.Source) {
			h.attachCapture(c, f.Get("capture_id"), src.ID)
		}})
}
