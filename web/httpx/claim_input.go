package httpx

import (
	"context"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/storage"
)

// ClaimInput is a claim as its form or the API sends it.
type ClaimInput struct {
	Text     string `json:"text"`
	Verbatim bool   `json:"verbatim"`
	// Speaker is the form's: a name (or alias) of a stored actor.
	Speaker string `json:"-"`
	// SpeakerID is the API's: a stored actor's id.
	SpeakerID *int64   `json:"speaker_id"`
	SaidOn    string   `json:"said_on"`
	Rating    string   `json:"rating"`
	Rationale string   `json:"rationale"`
	Tags      []string `json:"tags"`
	// Repeats, on a create, is the id of a claim this one repeats: a
	// "repeats" relation is stored with it.
	Repeats int64 `json:"repeats"`
	Sent
}

// ClaimFields are the claim form's fields.
var ClaimFields = []string{"text", "verbatim", "speaker", "said_on", "rating", "rationale", "tags", "version",
	"confirm_new", "repeats"}

// ClaimFromForm reads a posted claim form (its values by field).
func ClaimFromForm(get func(string) string) ClaimInput {
	return ClaimInput{Text: get("text"), Verbatim: get("verbatim") == "true", Speaker: get("speaker"),
		SaidOn: get("said_on"), Rating: get("rating"), Rationale: get("rationale"), Tags: models.ParseTags(get("tags")),
		Repeats: int64(formNumber(get("repeats"))), Sent: sentFromForm(get)}
}

// Claim is the claim with id (0 for a new one) that the input saves,
// validated; a speaker named in the form must be a stored actor's name.
func (in ClaimInput) Claim(ctx context.Context, store *storage.Store, id int64) (*models.Claim, error) {
	fe := models.FieldErrors{}
	claim := &models.Claim{ID: id, Text: in.Text, Verbatim: in.Verbatim, SpeakerID: in.SpeakerID,
		SaidOn: models.ParseDate(fe, "said_on", in.SaidOn), Rating: models.Rating(in.Rating),
		Rationale: in.Rationale, Tags: in.Tags, Version: in.Version, Repeats: in.Repeats}
	if in.SpeakerID == nil {
		claim.SpeakerID = duplicates.Of(store).SpeakerByName(ctx, fe, "speaker", in.Speaker)
	}
	return validated(claim, fe, claim.Validate())
}
