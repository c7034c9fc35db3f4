package reader

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/assist"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// CiteForm serves GET /sources/:id/cite?as=claim|event|existing&start=&end=: the
// form for the selected passage, beside the text (htmx) or in the reader page.
func (h *Handler) CiteForm(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	src, err := h.Store.As(httpx.Viewer(c)).Source(ctx, id)
	if err != nil {
		return err
	}
	start, err1 := strconv.Atoi(c.QueryParam("start"))
	end, err2 := strconv.Atoi(c.QueryParam("end"))
	quote, prefix, suffix, start, end, ok := models.Passage(src.Text, start, end)
	if err1 != nil || err2 != nil || !ok {
		msg := "Select a passage of the text first: nothing, or only white space, is selected."
		if ui.IsFragment(c) {
			return h.Fragment(c, http.StatusUnprocessableEntity, views.CiteProblem(msg))
		}
		return echo.NewHTTPError(http.StatusUnprocessableEntity, msg)
	}
	f := ui.EmptyForm(c, views.CitePath(id), map[string]string{"rating": string(models.Unrated)})
	if c.QueryParam("as") == "claim" {
		f.Values["text"], f.Values["verbatim"] = quote, "true"
	}
	panel := views.CiteForm{As: citeKind(c.QueryParam("as")), Source: *src, Quote: quote, Prefix: prefix,
		Suffix: suffix, Start: start, End: end, Form: f}
	if err := h.prefill(c, &panel); err != nil {
		return err
	}
	// Filled in by an accepted proposal, or by the offer to cite a later date as an event.
	for _, field := range []string{"speaker", "occurred"} {
		if v := c.QueryParam(field); v != "" {
			f.Values[field] = v
			delete(f.Notes, field)
		}
	}
	return h.renderCitePanel(c, http.StatusOK, panel)
}

// prefill carries what the extraction assist found in the passage into the
// form: a quotation's words and speaker (for a claim) and a date resolved
// against the publication date, with the phrase it came from, for the
// researcher to confirm. A claim's date is never after the publication
// (assist.SaidOnFor): a later one is offered as an event.
func (h *Handler) prefill(c echo.Context, panel *views.CiteForm) error {
	src, f, start, end := &panel.Source, panel.Form, panel.Start, panel.End
	as := c.QueryParam("as")
	if as != "claim" && as != "event" {
		return nil
	}
	props, err := assist.Of(h.Store).Propose(c.Request().Context(), src)
	if err != nil {
		return err
	}
	pre := assist.PrefillFor(props, start, end)
	if q := pre.Quote; q != nil && as == "claim" {
		f.Values["speaker"] = q.Speaker
		if q.Whole(start, end) {
			f.Values["text"] = q.Text
		}
	}
	if as == "claim" {
		said := assist.SaidOnFor(props, start, end, src.Published)
		if !said.Date.IsZero() {
			f.Values["said_on"], f.Notes["said_on"] = said.Date.Display(), said.Note
		}
		if said.From != nil {
			f.Values["date_phrase"], f.Values["date_resolved"] = said.From.Text, said.Date.String()
		}
		if said.Later != nil {
			panel.Later = said.Later.Date
		}
		return nil
	}
	if d := pre.Date; d != nil {
		f.Values["occurred"], f.Values["date_phrase"], f.Values["date_resolved"] = d.Date.Display(), d.Text, d.Date.String()
		f.Notes["occurred"] = d.DateExplanation(src.Published) + ". Save to confirm it, or change it."
	}
	return nil
}

// renderCitePanel writes the citation form alone for htmx, else the reader page
// with the form open beside the text.
func (h *Handler) renderCitePanel(c echo.Context, status int, panel views.CiteForm) error {
	if ui.IsFragment(c) {
		return h.Fragment(c, status, views.CitePanel(panel))
	}
	v, err := h.reader(c, panel.Source.ID)
	if err != nil {
		return err
	}
	v.Panel = &panel
	return h.Render(c, status, h.readerPage(c, &v.Source), views.ReaderPage(v))
}

// citeKind keeps the three ways of citing a passage; anything else is "existing".
func citeKind(as string) string {
	if as == "claim" || as == "event" {
		return as
	}
	return "existing"
}
