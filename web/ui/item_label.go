package ui

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
)

// ItemLabel is what a claim, event, actor or source is called where a page
// names it (its history, a timeline entry being edited or removed), read as
// the request's viewer: a claim's text, an event's or source's title, an
// actor's name.
func (k *Kit) ItemLabel(c echo.Context, entity string, id int64) (string, error) {
	ctx, r := c.Request().Context(), k.Store.As(httpx.Viewer(c))
	switch entity {
	case "claim":
		x, err := r.Claim(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Text, nil
	case "event":
		x, err := r.Event(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Title, nil
	case "actor":
		x, err := r.Actor(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Name, nil
	case "source":
		x, err := r.Source(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Title, nil
	}
	return "", storage.ErrNotFound
}
