package reader

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/assist"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/items"
	"github.com/factline/factline/web/ui"
)

// SourceRead serves /sources/:id/read: the source's text with its cited
// passages highlighted and numbered, a page of citations at a time (?page=),
// and for editors the means to cite a passage.
func (h *Handler) SourceRead(c echo.Context) error {
	id, err := httpx.PathID(c, "id")
	if err != nil {
		return err
	}
	v, err := h.reader(c, id)
	if err != nil {
		return err
	}
	if cited := ui.OptionalID(c.QueryParam("cited")); cited != nil {
		for i := range v.Notes {
			if v.Notes[i].Citation.ID == *cited {
				v.Saved = &v.Notes[i]
			}
		}
	}
	return h.Render(c, http.StatusOK, h.readerPage(c, &v.Source), views.ReaderPage(v))
}

// reader builds the reader's view model of a source, with the extraction
// assist's proposals for those who may cite.
func (h *Handler) reader(c echo.Context, id int64) (views.Reader, error) {
	src, cits, labels, pager, err := h.items.SourceWithCiters(c, id)
	if err != nil {
		return views.Reader{}, err
	}
	var props []views.ReaderProposal
	if httpx.CurrentUser(c).CanEdit() {
		if props, err = h.proposals(c.Request().Context(), src); err != nil {
			return views.Reader{}, err
		}
	}
	r := views.NewReader(*src, cits, labels, props)
	r.Pager = pager
	pdf, err := h.Store.PDFOf(c.Request().Context(), id)
	if err != nil {
		return views.Reader{}, err
	}
	if pdf != nil {
		r.WithPDF(pdf)
	}
	return r, nil
}

// proposals are the dates and quotes found in the source's text, each with the
// citation form that accepts it: a date as an event dated by the expression as
// written (so the form resolves it, for the researcher to confirm), a quote as a
// claim by its speaker, dated as a selection is (assist.SaidOnFor).
func (h *Handler) proposals(ctx context.Context, src *models.Source) ([]views.ReaderProposal, error) {
	found, err := assist.Of(h.Store).Propose(ctx, src)
	if err != nil {
		return nil, err
	}
	out := make([]views.ReaderProposal, len(found))
	for i, p := range found {
		q := url.Values{"start": {strconv.Itoa(p.PassageStart)}, "end": {strconv.Itoa(p.PassageEnd)}}
		if p.Kind == "date" {
			q.Set("as", "event")
			q.Set("occurred", p.Text)
		} else {
			q.Set("as", "claim")
			q.Set("speaker", p.Speaker)
		}
		out[i] = views.ReaderProposal{Proposal: p, N: i + 1, Accept: views.CitePath(src.ID) + "?" + q.Encode()}
	}
	return out, nil
}

func (h *Handler) readerPage(c echo.Context, src *models.Source) views.Page {
	return h.Page(c, "Reading: "+src.Title, items.DescribeSource(src), "sources")
}
