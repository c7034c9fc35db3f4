// Package history is the pages of what was: the revisions of a claim, event,
// actor, source or timeline, restoring one, and the trash of deleted items.
// Its routes are registered in web/routes.go.
package history

import "github.com/factline/factline/web/ui"

// Handler serves the history and the trash.
type Handler struct {
	*ui.Kit
}

// New builds the history's pages over the kit.
func New(kit *ui.Kit) *Handler { return &Handler{Kit: kit} }
