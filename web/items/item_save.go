package items

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// itemSave is how a form saves one kind of item (a claim, an event, an actor
// or a source): what differs by kind. Its input is the kind's in web/httpx,
// the one the API reads too, so that both refuse the same input by the same
// field.
type itemSave[T any] struct {
	kind   string // claim: its pages are under /claims
	fields []string
	// item is the posted form as the item with id it saves, validated.
	item func(ctx context.Context, f views.Form, id int64) (*T, error)
	// offer is the stored items a new one looks like (nil: none); it is not
	// asked when the form said "Save as new".
	offer func(ctx context.Context, find duplicates.Finder, item *T) (*views.Offer, error)
	save  func(ctx context.Context, item *T) error
	// read reads the item as its viewer may (storage.Reader), and values are
	// its form's values: what is stored now is shown beside what was typed
	// when a save was stale.
	read   func(r storage.Reader, ctx context.Context, id int64) (*T, error)
	values func(item *T) map[string]string
	page   func(f views.Form, editing bool) templ.Component
	form   func(f views.Form) templ.Component
	id     func(item *T) int64
	// created, when set, is called once a new item is saved.
	created func(f views.Form, item *T)
}

// saveItem creates (POST /{kind}s) or updates (POST /{kind}s/:id) an item
// from its form. What was typed stays in the form whatever is refused: the
// input by its fields (422), an edit without the version it read (422), a
// new item like stored ones (409, with the offer beside "Save as new"), a
// stale save (409, with the stored values beside).
func saveItem[T any](h *Handler, c echo.Context, s itemSave[T]) error {
	var id int64
	action := "/" + s.kind + "s"
	if c.Param("id") != "" {
		var err error
		if id, err = httpx.PathID(c, "id"); err != nil {
			return err
		}
		action = fmt.Sprintf("%s/%d", action, id)
	}
	ctx := c.Request().Context()
	title, nav := strings.ToUpper(s.kind[:1])+s.kind[1:], s.kind+"s"
	f := ui.ReadForm(c, action, s.fields...)
	item, err := s.item(ctx, f, id)
	if err != nil && !ui.FieldErrors(f, err) {
		return err
	}
	ui.RefuseWithoutVersion(f, s.kind, id)
	err = f.Errors.OrNil()
	if err == nil && id == 0 && !ui.ConfirmedNew(f) {
		if f.Offer, err = s.offer(ctx, duplicates.Of(h.Store).As(httpx.Viewer(c)), item); err == nil && f.Offer != nil {
			return h.RenderConflict(c, h.Page(c, "New "+s.kind, "", nav), s.page(f, false), s.form(f))
		}
	}
	if err == nil {
		err = s.save(ctx, item)
	}
	if errors.Is(err, models.ErrConflict) {
		cur, err := s.read(h.Store.As(httpx.Viewer(c)), ctx, id)
		if err != nil {
			return err
		}
		f = ui.WithTheirs(f, s.values(cur))
		return h.RenderConflict(c, h.Page(c, title, "", nav), s.page(f, true), s.form(f))
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.RenderForm(c, h.Page(c, title, "", nav), s.page(f, id != 0), s.form(f))
		}
		return err
	}
	if id == 0 && s.created != nil {
		s.created(f, item)
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/%ss/%d", s.kind, s.id(item)))
}
