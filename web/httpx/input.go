package httpx

import (
	"strconv"
	"strings"

	"github.com/factline/factline/models"
)

// The inputs: what a form (web/items) or a script (web/api) sends to create or
// change a claim, an event, an actor or a source. Each kind is one type,
// filled from its posted form (ClaimFromForm and the like, by the form's
// fields) or decoded from the API's JSON body (the same names), and validated
// once, by the method that makes the model it saves (ClaimInput.Claim and the
// like): what is refused are models.FieldErrors keyed by the input's fields,
// which a form shows beside each field and the API answers as its JSON error.

// Sent is what every input carries besides its item's fields.
type Sent struct {
	// Version is the version of the item an edit was read at, so that a
	// change saved since is not overwritten.
	Version int `json:"version"`
	// ConfirmNew creates the item even if it looks like a stored one.
	ConfirmNew bool `json:"confirm_new"`
}

// sentFromForm reads a form's version and its "Save as new".
func sentFromForm(get func(string) string) Sent {
	return Sent{Version: formNumber(get("version")), ConfirmNew: get("confirm_new") != ""}
}

// formNumber reads a form's number, 0 when it is not one.
func formNumber(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

// validated adds what a model's own checks refuse to what reading the input
// refused (a date that is not one keeps the reader's message) and returns
// the model, or the refusals keyed by field.
func validated[T any](item *T, fe, checks models.FieldErrors) (*T, error) {
	for field, msg := range checks {
		fe.Add(field, msg)
	}
	if err := fe.OrNil(); err != nil {
		return nil, err
	}
	return item, nil
}
