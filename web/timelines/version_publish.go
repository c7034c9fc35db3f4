package timelines

import (
	"bytes"
	"context"
	"fmt"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats/exporters"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// VersionPublish serves POST /timelines/:slug/publish: the timeline as it is now
// becomes its next numbered version, frozen both as the page showed it and as a
// factline JSON document that its exports are made from, in one transaction.
func (h *Handler) VersionPublish(c echo.Context) error {
	t, err := httpx.TimelineAllowing(c, h.Store, func(a models.Access) bool { return a.Publish }, httpx.ErrForbidden)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	var v *models.Version
	err = h.Store.WithTx(ctx, func(tx *storage.Store) error {
		if v, err = tx.PublishVersion(ctx, t, c.FormValue("message")); err != nil {
			return err
		}
		return freezeDocument(ctx, tx, t, v)
	})
	if err != nil {
		return err
	}
	return ui.RedirectAfterPost(c, fmt.Sprintf("/timelines/%s/versions/%d", t.Slug, v.Number))
}

// freezeDocument keeps the timeline as a factline JSON document with its version.
func freezeDocument(ctx context.Context, tx *storage.Store, t *models.Timeline, v *models.Version) error {
	f, _ := exporters.Lookup("json")
	var doc bytes.Buffer
	if err := f.Write(ctx, &doc, exporters.Export{Store: tx, Timeline: t}); err != nil {
		return err
	}
	return tx.SetVersionDocument(ctx, v.ID, doc.String())
}
