// Package sharing is how a timeline is shared: the sharing page (its
// collaborators and share links, the embeds it offers) and the share links
// themselves, whose holders read under /s/:token what the link shows — the
// timeline's or the version's pages, served by web/timelines, web/history
// and web/items as anyone's. Its routes are registered in web/routes.go.
package sharing

import (
	"github.com/factline/factline/web/history"
	"github.com/factline/factline/web/timelines"
	"github.com/factline/factline/web/ui"
)

// Handler serves the sharing page and the share links.
type Handler struct {
	*ui.Kit
	timelines *timelines.Handler // a link's timeline, version and exports
	history   *history.Handler   // a link's timeline history, when it shows it
}

// New builds the sharing pages over the kit, serving a link's pages with the
// timelines' and history's handlers.
func New(kit *ui.Kit, tl *timelines.Handler, hist *history.Handler) *Handler {
	return &Handler{Kit: kit, timelines: tl, history: hist}
}
