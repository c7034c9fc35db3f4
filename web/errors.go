package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/api"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// csrfRefusal is the CSRF middleware's refusal: a form without a valid token,
// expired or from elsewhere.
const csrfRefusal = "CSRF token missing or wrong"

// handleError answers every error: a page for plain requests, a short message in
// the flash area for htmx, JSON for the JSON twins and the API (in its own
// shape). Details go to the log only (logRequests' line of the request), and
// each answer names the request's id, by which that line is found.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	sp, isStorage := storage.StorageProblemOf(err)
	if isStorage {
		s.storageFailed(c, sp, err)
	}
	if httpx.IsAPI(c) {
		api.AnswerError(err, c)
		return
	}
	status, msg := http.StatusInternalServerError, "Something went wrong on our side; it has been logged. Please try again."
	var he *echo.HTTPError
	var inUse *models.InUseError
	var fe models.FieldErrors
	switch {
	case isStorage: // the machine's problem, not the input's: say which
		status, msg = http.StatusServiceUnavailable, sp.Message
	case errors.As(err, &inUse):
		status, msg = http.StatusConflict, inUse.Message
	case errors.As(err, &fe): // refused input of a form that is not drawn again
		status, msg = http.StatusUnprocessableEntity, "Nothing was saved. "+strings.TrimPrefix(fe.Error(), "invalid input: ")
	case errors.Is(err, models.ErrNotAllowed):
		status, msg = http.StatusForbidden, httpx.ErrForbidden.Message.(string)
	case errors.Is(err, storage.ErrNotFound):
		status, msg = http.StatusNotFound, "There is nothing at this address. It may have been deleted, or the link is mistyped."
	case errors.As(err, &he):
		status = he.Code
		switch status {
		case http.StatusNotFound:
			msg = "There is nothing at this address. It may have been deleted, or the link is mistyped."
		case http.StatusRequestEntityTooLarge:
			msg = httpx.BodyRefusal(c)
		case http.StatusUnauthorized:
			msg = "Sign in to do this."
		case http.StatusServiceUnavailable:
			msg = "factline is busy; please try again in a minute."
			if why, ok := he.Message.(string); ok {
				msg = why // what is busy, and when to try again
			}
		case http.StatusForbidden:
			msg = "This form has expired or did not come from factline. Reload the page and try again."
			if why, ok := he.Message.(string); ok && why != csrfRefusal {
				msg = why // not allowed, and by whom it could be done
			}
		default:
			msg = http.StatusText(status)
		}
	}
	id := httpx.RequestID(c)
	if ui.WantsJSON(c) {
		_ = c.JSON(status, map[string]any{"error": map[string]any{"code": status, "message": msg, "request_id": id}})
		return
	}
	if ui.IsHTMX(c) {
		if status >= http.StatusInternalServerError {
			msg += " Reference: " + id + "."
		}
		c.Response().Header().Set("HX-Retarget", "#flash")
		c.Response().Header().Set("HX-Reswap", "innerHTML")
		c.Response().WriteHeader(status)
		_ = views.Flash(msg).Render(c.Request().Context(), c.Response())
		return
	}
	p := s.Page(c, http.StatusText(status), "", "")
	_ = s.Render(c, status, p, views.ErrorPage(status, msg, id))
}
