package items

import (
	"context"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// Deletable describes one kind of item for the shared delete flow: a page that
// names what uses the item, then a POST that soft-deletes it.
type Deletable struct {
	what   string // "actor"
	list   string // where to go after the delete: "/actors"
	label  func(ctx context.Context, r storage.Reader, id int64) (string, error)
	usage  func(ctx context.Context, r storage.Reader, id int64) (models.Usage, error)
	remove func(ctx context.Context, id int64) error
}

// DeleteConfirm serves GET /{kind}s/:id/delete.
func (h *Handler) DeleteConfirm(d Deletable) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := httpx.PathID(c, "id")
		if err != nil {
			return err
		}
		ctx, r := c.Request().Context(), h.Store.As(httpx.Viewer(c))
		label, err := d.label(ctx, r, id)
		if err != nil {
			return err
		}
		u, err := d.usage(ctx, r, id)
		if err != nil {
			return err
		}
		v := views.DeleteConfirm{What: d.what, Label: label, Path: fmt.Sprintf("%s/%d", d.list, id), Usage: u, CSRF: ui.CSRFToken(c)}
		return h.Render(c, http.StatusOK, h.Page(c, "Delete "+d.what, "", ""), views.DeleteConfirmPage(v))
	}
}

// DeleteItem serves POST /{kind}s/:id/delete.
func (h *Handler) DeleteItem(d Deletable) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := httpx.PathID(c, "id")
		if err != nil {
			return err
		}
		if err := d.remove(c.Request().Context(), id); err != nil {
			return err
		}
		return ui.RedirectAfterPost(c, d.list)
	}
}

// ActorDeletable is the delete flow of actors.
func (h *Handler) ActorDeletable() Deletable {
	return Deletable{what: "actor", list: "/actors",
		label: func(ctx context.Context, r storage.Reader, id int64) (string, error) {
			a, err := r.Actor(ctx, id)
			if err != nil {
				return "", err
			}
			return a.Name, nil
		},
		usage: func(ctx context.Context, _ storage.Reader, id int64) (models.Usage, error) {
			return h.Store.UsageOfActor(ctx, id)
		}, remove: h.Store.DeleteActor}
}

// ClaimDeletable is the delete flow of claims.
func (h *Handler) ClaimDeletable() Deletable {
	return Deletable{what: "claim", list: "/claims",
		label: func(ctx context.Context, r storage.Reader, id int64) (string, error) {
			c, err := r.Claim(ctx, id)
			if err != nil {
				return "", err
			}
			return c.Text, nil
		},
		usage: func(ctx context.Context, r storage.Reader, id int64) (models.Usage, error) {
			return r.UsageOfItem(ctx, models.Ref{Kind: models.KindClaim, ID: id})
		},
		remove: h.Store.DeleteClaim}
}

// SourceDeletable is the delete flow of sources.
func (h *Handler) SourceDeletable() Deletable {
	return Deletable{what: "source", list: "/sources",
		label: func(ctx context.Context, r storage.Reader, id int64) (string, error) {
			src, err := r.Source(ctx, id)
			if err != nil {
				return "", err
			}
			return src.Title, nil
		},
		usage: func(ctx context.Context, _ storage.Reader, id int64) (models.Usage, error) {
			return h.Store.UsageOfSource(ctx, id)
		}, remove: h.Store.DeleteSource}
}

// EventDeletable is the delete flow of events.
func (h *Handler) EventDeletable() Deletable {
	return Deletable{what: "event", list: "/events",
		label: func(ctx context.Context, r storage.Reader, id int64) (string, error) {
			e, err := r.Event(ctx, id)
			if err != nil {
				return "", err
			}
			return e.Title, nil
		},
		usage: func(ctx context.Context, r storage.Reader, id int64) (models.Usage, error) {
			return r.UsageOfItem(ctx, models.Ref{Kind: models.KindEvent, ID: id})
		},
		remove: h.Store.DeleteEvent}
}
