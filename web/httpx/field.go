package httpx

import (
	"errors"

	"github.com/factline/factline/models"
)

// RenameField renames a field of a refusal to the name the answer uses for it
// (the API's body, or the form's field that shows it).
func RenameField(err error, from, to string) error {
	var fe models.FieldErrors
	if !errors.As(err, &fe) {
		return err
	}
	if msg, ok := fe[from]; ok {
		delete(fe, from)
		fe[to] = msg
	}
	return fe
}
