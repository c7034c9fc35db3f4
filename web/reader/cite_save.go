package reader

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/assist"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/extract/dates"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

var citeFields = []string{"as", "start", "end", "quote", "text", "verbatim", "speaker", "said_on", "rating",
	"title", "occurred", "place", "item", "locator", "note", "date_phrase", "date_resolved", "confirm_new", "repeats", "use"}

// CiteSave serves POST /sources/:id/cite: it stores the selected passage as a
// citation of a new claim, a new event, or an existing one, then shows the
// reader again with the new highlight and a word that it was saved.
func (h *Handler) CiteSave(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	src, err := h.Store.As(httpx.Viewer(c)).Source(ctx, id)
	if err != nil {
		return err
	}
	f := ui.ReadForm(c, views.CitePath(id), citeFields...)
	panel := views.CiteForm{As: citeKind(f.Get("as")), Source: *src, Quote: f.Get("quote"), Form: f}
	start, err1 := strconv.Atoi(f.Get("start"))
	end, err2 := strconv.Atoi(f.Get("end"))
	// The offsets are the selection; the quote is read from the text, since a
	// browser may have changed its line breaks on the way.
	if q, prefix, suffix, st, en, ok := models.Passage(src.Text, start, end); ok && err1 == nil && err2 == nil {
		panel.Quote, panel.Prefix, panel.Suffix, panel.Start, panel.End = q, prefix, suffix, st, en
	}
	cit := &models.Citation{SourceID: id, Quote: panel.Quote, StartOffset: &panel.Start,
		Locator: f.Get("locator"), Note: f.Get("note")}
	// "Cite the passage for this one", taken from an offer of likely duplicates.
	as, item := panel.As, f.Get("item")
	if f.Get("use") != "" {
		as, item = "existing", f.Get("use")
	}
	switch as {
	case "claim":
		claim := &models.Claim{Text: f.Get("text"), Verbatim: f.Get("verbatim") == "true",
			SaidOn: dateField(f, "said_on", src), Rating: models.Rating(f.Get("rating")),
			Repeats: int64(ui.AtoiOrZero(f.Get("repeats")))}
		cit.Note = withDatePhrase(f, claim.SaidOn, src.Published)
		if models.SaidAfter(claim.SaidOn, src.Published) {
			models.CheckSaidOn(f.Errors, "said_on", claim.SaidOn, src.Published)
			panel.Later = claim.SaidOn
		}
		claim.SpeakerID = duplicates.Of(h.Store).SpeakerByName(ctx, f.Errors, "speaker", f.Get("speaker"))
		if err = f.Errors.OrNil(); err == nil && len(f.Notes) == 0 && claim.Repeats == 0 && !ui.ConfirmedNew(f) {
			if panel.Form.Offer, err = httpx.RepeatOffer(ctx, duplicates.Of(h.Store).As(httpx.Viewer(c)), claim); err == nil && panel.Form.Offer != nil {
				return h.renderCitePanel(c, http.StatusConflict, panel)
			}
		}
		if err == nil && len(f.Notes) == 0 {
			err = httpx.RenameField(h.Store.CiteAsNewClaim(ctx, claim, cit), "repeats", "text")
		}
	case "event":
		event := &models.Event{Title: f.Get("title"), Place: f.Get("place"),
			Occurred: dateField(f, "occurred", src)}
		cit.Note = withDatePhrase(f, event.Occurred, src.Published)
		if err = f.Errors.OrNil(); err == nil && len(f.Notes) == 0 && !ui.ConfirmedNew(f) {
			if panel.Form.Offer, err = httpx.EventOffer(ctx, duplicates.Of(h.Store).As(httpx.Viewer(c)), event, views.OfferCite); err == nil && panel.Form.Offer != nil {
				return h.renderCitePanel(c, http.StatusConflict, panel)
			}
		}
		if err == nil && len(f.Notes) == 0 {
			err = h.Store.CiteAsNewEvent(ctx, event, cit)
		}
	default:
		err = h.citeExisting(c, item, cit)
	}
	if len(f.Notes) > 0 && err == nil {
		// A relative date was resolved: show it for the researcher to confirm.
		return h.renderCitePanel(c, http.StatusOK, panel)
	}
	if err != nil {
		if ui.FieldErrors(f, err) {
			return h.renderCitePanel(c, http.StatusUnprocessableEntity, panel)
		}
		return err
	}
	// The query makes the address differ from the reader's, so that the browser
	// loads it rather than only scrolling to the anchor.
	return ui.RedirectAfterPost(c, fmt.Sprintf("/sources/%d/read?cited=%d#cite-%d", id, cit.ID, cit.ID))
}

// citeExisting cites the passage for the claim or event picked in field "item".
func (h *Handler) citeExisting(c echo.Context, item string, cit *models.Citation) error {
	ref, ok := ui.ParseRef(item)
	if !ok || h.Store.ExistsItem(c.Request().Context(), ref) != nil {
		return models.FieldErrors{"item": "Pick a claim or an event from the list."}
	}
	if ref.Kind == models.KindClaim {
		cit.ClaimID = &ref.ID
	} else {
		cit.EventID = &ref.ID
	}
	return h.Store.SaveCitation(c.Request().Context(), cit)
}

// dateField reads a date field of the citation form. A date typed relative to
// the source ("on Thursday", "mardi" in a French source) is resolved, in the
// source's language, against its publication date and put
// back into the field as a date, with the reasoning beside it (a note, which
// stops the save), for the researcher to confirm by saving again.
func dateField(f views.Form, field string, src *models.Source) edtf.Date {
	lang := src.Language
	if lang == "" { // a source saved before sources had a language, as Propose reads it
		lang = dates.DetectLanguage(src.Text)
	}
	d, resolved, err := assist.ResolveDate(lang, f.Get(field), src.Published)
	switch {
	case err != nil:
		f.Errors.Add(field, err.Error())
	case resolved != nil:
		f.Values[field] = d.Display()
		f.Values["date_phrase"], f.Values["date_resolved"] = resolved.Phrase, d.String()
		f.Notes[field] = resolved.Explanation + ". Save again to confirm it, or change it."
	}
	return d
}

// withDatePhrase is the citation's note, recording the phrase a confirmed date
// was resolved from and against which publication date, unless the researcher
// changed the date since.
func withDatePhrase(f views.Form, date, anchor edtf.Date) string {
	note, phrase := f.Get("note"), f.Get("date_phrase")
	if phrase == "" || date.IsZero() || date.String() != f.Get("date_resolved") {
		return note
	}
	record := fmt.Sprintf("date from “%s”, relative to the publication date %s", phrase, anchor.Display())
	if note == "" {
		return record
	}
	return note + "; " + record
}
