package api

import (
	"context"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// itemSave is how the API saves one kind of item from its input (web/httpx),
// the same input its form reads.
type itemSave[T any] struct {
	sent httpx.Sent
	// item is the input as the item with id it saves, validated.
	item func(ctx context.Context, id int64) (*T, error)
	// offer is the stored items a new one looks like (nil: none); it is not
	// asked when the body confirms a new item.
	offer func(ctx context.Context, find duplicates.Finder, item *T) (*views.Offer, error)
	save  func(ctx context.Context, item *T) error
	// read reads the saved item as its viewer may (storage.Reader): the answer.
	read func(r storage.Reader, ctx context.Context, id int64) (*T, error)
	id   func(item *T) int64
}

// saveItem serves the POST (create) or PUT (replace) of one item: a PUT must
// carry the version it read, what the input's validation refuses is a 422
// naming the field, a new item like a stored one a 409 with the stored
// candidates, and the saved item is answered as its viewer reads it.
func saveItem[T any](c echo.Context, store *storage.Store, s itemSave[T]) error {
	id, err := putTarget(c, s.sent.Version)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	item, err := s.item(ctx, id)
	if err != nil {
		return err
	}
	if id == 0 && !s.sent.ConfirmNew {
		if err := likelyDuplicate(s.offer(ctx, duplicates.Of(store).As(httpx.Viewer(c)), item)); err != nil {
			return err
		}
	}
	if err := s.save(ctx, item); err != nil {
		return err
	}
	saved, err := s.read(store.As(httpx.Viewer(c)), ctx, s.id(item))
	if err != nil {
		return err
	}
	return answerSaved(c, id == 0, saved)
}
