package ui

import (
	"fmt"

	"github.com/factline/factline/views"
)

// RefuseWithoutVersion refuses, by its version field, a form that edits the
// stored what (id not 0) without the version it was read at: saved, it would
// overwrite unseen whatever was saved since, since the Store skips the check
// for version 0. What was typed stays in the form.
func RefuseWithoutVersion(f views.Form, what string, id int64) {
	if id != 0 && AtoiOrZero(f.Get("version")) < 1 {
		f.Errors.Add("version", fmt.Sprintf("This form lacks the version of the %s it was read at: reload the edit page and make your change again.", what))
	}
}
