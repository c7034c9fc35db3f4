package items

import (
	"context"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// StampTimeout bounds the time-stamping of one capture by each authority.
const StampTimeout = 10 * time.Second

// KeepCapture keeps a capture's bytes and record, then has every configured
// authority time-stamp it. An authority that fails is logged and shown as
// missing on the source page; the capture is kept whatever they answer.
func (h *Handler) KeepCapture(c echo.Context, rec *models.Capture, kept []byte) error {
	ctx := c.Request().Context()
	if err := archive.Of(h.Store).Keep(ctx, rec, kept); err != nil {
		return err
	}
	if h.Stamper == nil {
		return nil
	}
	stampCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), StampTimeout*time.Duration(len(h.Stamper.Authorities)))
	defer cancel()
	if err := h.Stamper.StampAll(stampCtx, archive.Of(h.Store), rec); err != nil {
		h.Log.Warn("time-stamping a capture failed", "capture", rec.ID, "err", err, "request_id", httpx.RequestID(c))
	}
	return nil
}

// KeepCaptured keeps what the capture form received — the fetched requests
// and responses, or the uploaded or pasted page — as a capture not yet tied
// to a source, and returns its id for the review form to carry. An uploaded
// file is kept as it came (archive.FromUpload), as a PDF's bytes would be.
func (h *Handler) KeepCaptured(c echo.Context, a capture.Article, page []byte, uploaded bool) (int64, error) {
	userID := httpx.CurrentUser(c).ID
	var rec models.Capture
	kept := page
	if a.Fetched != nil {
		var err error
		if rec, kept, err = archive.FromFetch(a.Fetched, a.Text, userID); err != nil {
			return 0, err
		}
	} else {
		name, typ := "", "text/html; charset=utf-8" // pasted
		if fh, err := c.FormFile("file"); err == nil && uploaded {
			name, typ = fh.Filename, fh.Header.Get("Content-Type")
		}
		rec = archive.FromUpload(name, typ, page, a.Text, userID)
	}
	if err := h.KeepCapture(c, &rec, kept); err != nil {
		return 0, err
	}
	return rec.ID, nil
}

// attachCapture ties the capture the review form carried to the source just
// saved from it. A capture that is not the user's, or already tied, is left
// as it is: the source is saved either way.
func (h *Handler) attachCapture(c echo.Context, captureID string, sourceID int64) {
	id, err := strconv.ParseInt(captureID, 10, 64)
	if err != nil || id <= 0 {
		return
	}
	if err := archive.Of(h.Store).Attach(c.Request().Context(), id, sourceID, httpx.CurrentUser(c).ID); err != nil {
		h.Log.Warn("a capture was not tied to its source", "capture", id, "source", sourceID, "err", err, "request_id", httpx.RequestID(c))
	}
}

// sourceCaptures is the view of a source's captures for its page; the
// caller has read the source as its viewer.
func (h *Handler) sourceCaptures(c echo.Context, src *models.Source) (views.SourceCaptures, error) {
	list, err := archive.Of(h.Store).Captures(c.Request().Context(), src.ID)
	if err != nil {
		return views.SourceCaptures{}, err
	}
	v := views.SourceCaptures{SourceID: src.ID, List: list, CSRF: ui.CSRFToken(c),
		CanCapture: src.URL != "" && httpx.CurrentUser(c).CanEdit() && ui.ShareScopeOf(c) == nil}
	if h.Stamper != nil {
		v.Authorities = h.Stamper.Authorities
	}
	return v, nil
}

// checkView is what archive.Verify found, for the page.
func checkView(ch archive.Check) views.CaptureCheck {
	out := views.CaptureCheck{SHA256: ch.SHA256, BytesMatch: ch.BytesMatch}
	for _, st := range ch.Stamps {
		out.Stamps = append(out.Stamps, views.CaptureStampCheck{Authority: st.Authority, Time: st.Time, Signer: st.Signer, Problem: st.Problem})
	}
	return out
}
