package web

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

// deletable describes one kind of item for the shared delete flow: a page that
// names what uses the item, then a POST that soft-deletes it.
type deletable struct {
	what   string // "actor"
	list   string // where to go after the delete: "/actors"
	label  func(ctx context.Context, id int64) (string, error)
	usage  func(ctx context.Context, id int64) (models.Usage, error)
	remove func(ctx context.Context, id int64) error
}

// deleteConfirm serves GET /{kind}s/:id/delete.
func (s *Server) deleteConfirm(d deletable) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := httpx.PathID(c, "id")
		if err != nil {
			return err
		}
		ctx := c.Request().Context()
		label, err := d.label(ctx, id)
		if err != nil {
			return err
		}
		u, err := d.usage(ctx, id)
		if err != nil {
			return err
		}
		v := views.DeleteConfirm{What: d.what, Label: label, Path: fmt.Sprintf("%s/%d", d.list, id), Usage: u, CSRF: ui.CSRFToken(c)}
		return s.Render(c, http.StatusOK, s.Page(c, "Delete "+d.what, "", ""), views.DeleteConfirmPage(v))
	}
}

// deleteItem serves POST /{kind}s/:id/delete.
func (s *Server) deleteItem(d deletable) echo.HandlerFunc {
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

func (s *Server) actorDeletable() deletable {
	return deletable{what: "actor", list: "/actors",
		label: func(ctx context.Context, id int64) (string, error) {
			a, err := s.Store.As(storage.ViewerOf(ctx)).Actor(ctx, id)
			if err != nil {
				return "", err
			}
			return a.Name, nil
		},
		usage: s.Store.UsageOfActor, remove: s.Store.DeleteActor}
}

func (s *Server) claimDeletable() deletable {
	return deletable{what: "claim", list: "/claims",
		label: func(ctx context.Context, id int64) (string, error) {
			c, err := s.Store.As(storage.ViewerOf(ctx)).Claim(ctx, id)
			if err != nil {
				return "", err
			}
			return c.Text, nil
		},
		usage: func(ctx context.Context, id int64) (models.Usage, error) {
			return s.Store.UsageOfItem(ctx, models.Ref{Kind: models.KindClaim, ID: id})
		},
		remove: s.Store.DeleteClaim}
}

func (s *Server) sourceDeletable() deletable {
	return deletable{what: "source", list: "/sources",
		label: func(ctx context.Context, id int64) (string, error) {
			src, err := s.Store.As(storage.ViewerOf(ctx)).Source(ctx, id)
			if err != nil {
				return "", err
			}
			return src.Title, nil
		},
		usage: s.Store.UsageOfSource, remove: s.Store.DeleteSource}
}

func (s *Server) eventDeletable() deletable {
	return deletable{what: "event", list: "/events",
		label: func(ctx context.Context, id int64) (string, error) {
			e, err := s.Store.As(storage.ViewerOf(ctx)).Event(ctx, id)
			if err != nil {
				return "", err
			}
			return e.Title, nil
		},
		usage: func(ctx context.Context, id int64) (models.Usage, error) {
			return s.Store.UsageOfItem(ctx, models.Ref{Kind: models.KindEvent, ID: id})
		},
		remove: s.Store.DeleteEvent}
}
