package web

import (
	"fmt"

	"github.com/labstack/echo/v4"
)

// versionPublish serves POST /timelines/:slug/publish: the timeline as it is now
// becomes its next numbered version.
func (s *Server) versionPublish(c echo.Context) error {
	t, a, err := s.timelineAccess(c)
	if err != nil {
		return err
	}
	if !a.Publish {
		return errForbidden
	}
	v, err := s.store.PublishVersion(c.Request().Context(), t, c.FormValue("message"))
	if err != nil {
		return err
	}
	return redirectAfterPost(c, fmt.Sprintf("/timelines/%s/versions/%d", t.Slug, v.Number))
}
