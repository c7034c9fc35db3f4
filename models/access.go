package models

import (
	"errors"
)

// Access is what one user may do with one timeline.
type Access struct {
	Read, Edit, Delete, Publish, Share bool
	// Visibility is the right to change who sees the timeline: like sharing,
	// the owner's decision (and an admin's), not every editor's.
	Visibility bool
}

// TimelineAccess applies ARCHITECTURE.md §5 to a timeline. u is nil for an anonymous
// visitor; collaborator is the user's named permission on the timeline ("",
// "viewer" or "editor"). A viewer account never edits, whatever it is named as.
//
//   - public: everyone reads; unlisted and team: every signed-in user reads
//     (unlisted also with its share link, checked elsewhere).
//   - private: only the owner and named collaborators, admins included: an admin
//     manages accounts, not other people's private work.
//   - editors and admins edit and publish every timeline they can read, except a
//     private one where they are only a named viewer; the owner and admins
//     (on timelines they can read) delete, manage sharing and change the
//     visibility.
func TimelineAccess(u *User, t *Timeline, collaborator string) Access {
	owner := u != nil && t.OwnerID != nil && *t.OwnerID == u.ID
	var a Access
	switch {
	case owner:
		a.Read = true
	case t.Visibility == "private":
		a.Read = u != nil && collaborator != ""
	case t.Visibility == "public":
		a.Read = true
	default: // team, unlisted
		a.Read = u != nil
	}
	if !a.Read || !u.CanEdit() {
		return a
	}
	a.Edit = t.Visibility != "private" || owner || collaborator == "editor"
	a.Publish = a.Edit
	a.Delete = owner || u.IsAdmin()
	a.Share = a.Delete
	a.Visibility = a.Delete
	return a
}

// ErrNotAllowed refuses a change that the signed-in user may not make.
var ErrNotAllowed = errors.New("not allowed")

// VisibilityRefusal is the refusal of a change of who sees a timeline by someone
// who may not make it.
const VisibilityRefusal = "Only the timeline's owner or an admin can change who sees it."
