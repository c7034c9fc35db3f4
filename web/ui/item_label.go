package ui

import (
	"context"

	"github.com/factline/factline/models/storage"
)

// ItemLabel is what a claim, event, actor or source is called where a page
// names it (its history, a timeline entry being edited or removed), read as
// the context's viewer: a claim's text, an event's or source's title, an
// actor's name.
func (k *Kit) ItemLabel(ctx context.Context, entity string, id int64) (string, error) {
	switch entity {
	case "claim":
		x, err := k.Store.As(storage.ViewerOf(ctx)).Claim(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Text, nil
	case "event":
		x, err := k.Store.As(storage.ViewerOf(ctx)).Event(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Title, nil
	case "actor":
		x, err := k.Store.As(storage.ViewerOf(ctx)).Actor(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Name, nil
	case "source":
		x, err := k.Store.As(storage.ViewerOf(ctx)).Source(ctx, id)
		if err != nil {
			return "", err
		}
		return x.Title, nil
	}
	return "", storage.ErrNotFound
}
