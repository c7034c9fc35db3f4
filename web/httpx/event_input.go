package httpx

import (
	"github.com/factline/factline/models"
)

// EventInput is an event as its form or the API sends it; an event's
// participants are kept as they are.
type EventInput struct {
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Occurred    string   `json:"occurred"`
	Place       string   `json:"place"`
	Tags        []string `json:"tags"`
	Sent
}

// EventFields are the event form's fields.
var EventFields = []string{"title", "occurred", "place", "description", "tags", "version", "confirm_new"}

// EventFromForm reads a posted event form (its values by field).
func EventFromForm(get func(string) string) EventInput {
	return EventInput{Title: get("title"), Description: get("description"), Occurred: get("occurred"),
		Place: get("place"), Tags: models.ParseTags(get("tags")), Sent: sentFromForm(get)}
}

// Event is the event with id (0 for a new one) that the input saves, validated.
func (in EventInput) Event(id int64) (*models.Event, error) {
	fe := models.FieldErrors{}
	e := &models.Event{ID: id, Title: in.Title, Description: in.Description,
		Occurred: models.ParseDate(fe, "occurred", in.Occurred), Place: in.Place, Tags: in.Tags, Version: in.Version}
	return validated(e, fe, e.Validate())
}
