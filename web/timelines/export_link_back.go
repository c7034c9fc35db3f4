package timelines

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// noLinkBack reports an export whose links back to the timeline's page would
// answer 404 to its readers: an unlisted timeline's, made outside a share link.
// Its readers are the link's holders, and the link's token is not kept (only
// its hash), so there is no address of theirs to link to; an export fetched
// through the link links under it (views.TimelinePath).
func noLinkBack(c echo.Context, t *models.Timeline) bool {
	return t.Visibility == "unlisted" && views.LinkBase(c.Request().Context()) == ""
}
