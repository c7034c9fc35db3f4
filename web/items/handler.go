// Package items is the pages and forms of the team's material: claims,
// events, actors and sources — their lists, pages (as a link to one published
// version froze them, under such a link), forms, deletion, and what hangs on
// them (citations, relations, an event's participants, an actor's roles).
// Its routes are registered in web/routes.go.
package items

import (
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/web/ui"
)

// Handler serves the items' pages and forms.
type Handler struct {
	*ui.Kit
	// Stamper time-stamps every capture (serve --tsa-url); nil for none.
	Stamper *archive.Stamper
}

// New builds the items' pages over the kit.
func New(kit *ui.Kit) *Handler { return &Handler{Kit: kit} }
