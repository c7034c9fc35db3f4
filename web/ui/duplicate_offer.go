package ui

import (
	"github.com/factline/factline/views"
)

// Duplicates are caught where they start (docs/API.md, "Likely duplicates"):
// a form that creates a source, event, actor or claim like a stored one is
// answered 409 with the form as typed and an offer of the stored ones, unless
// it says confirm_new=1 ("Save as new") — or, for a claim, names the claim it
// repeats. Edits and imports are never held up.

// ConfirmedNew reports whether the researcher chose to save the new item
// whatever it looks like.
func ConfirmedNew(f views.Form) bool { return f.Get("confirm_new") != "" }
