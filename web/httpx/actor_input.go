package httpx

import (
	"github.com/factline/factline/models"
)

// ActorInput is an actor as its form or the API sends it; an actor's roles
// are kept as they are.
type ActorInput struct {
	Kind        string `json:"kind"`
	Name        string `json:"name"`
	Aliases     string `json:"aliases"`
	Description string `json:"description"`
	WikidataID  string `json:"wikidata_id"`
	Sent
}

// ActorFields are the actor form's fields.
var ActorFields = []string{"kind", "name", "aliases", "description", "wikidata_id", "version", "confirm_new"}

// ActorFromForm reads a posted actor form (its values by field).
func ActorFromForm(get func(string) string) ActorInput {
	return ActorInput{Kind: get("kind"), Name: get("name"), Aliases: get("aliases"), Description: get("description"),
		WikidataID: get("wikidata_id"), Sent: sentFromForm(get)}
}

// Actor is the actor with id (0 for a new one) that the input saves, validated.
func (in ActorInput) Actor(id int64) (*models.Actor, error) {
	a := &models.Actor{ID: id, Kind: models.ActorKind(in.Kind), Name: in.Name, Aliases: in.Aliases,
		Description: in.Description, WikidataID: in.WikidataID, Version: in.Version}
	return validated(a, models.FieldErrors{}, a.Validate())
}
