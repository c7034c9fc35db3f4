package duplicates

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// SpeakerByName resolves a speaker typed by name (or alias) to its id, recording a
// message for field when there is no such actor. Only a save names a speaker,
// and its writer is signed in and reads every actor (storage.Viewer), so the
// actor like the name is looked for among all, as the system reads them.
func (s Duplicates) SpeakerByName(ctx context.Context, fe models.FieldErrors, field, name string) *int64 {
	if strings.TrimSpace(name) == "" {
		return nil
	}
	a, err := s.FindActorByName(ctx, name)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			msg := fmt.Sprintf("No actor is called %q.", strings.TrimSpace(name))
			// One like it is named, so that a second copy is not added by mistake.
			if like, err := s.As(storage.Viewer{System: true}).ActorDuplicates(ctx, &models.Actor{Name: name}); err == nil && len(like) > 0 {
				msg += fmt.Sprintf(" Did you mean %s?", like[0].Name)
			}
			fe.Add(field, msg+" Pick one from the list, or add the actor first.")
		} else {
			fe.Add(field, "The speaker could not be looked up; try again.")
		}
		return nil
	}
	return &a.ID
}
