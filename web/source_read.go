package web

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// sourceRead serves /sources/:id/read: the source's text with every cited
// passage highlighted and numbered, and for editors the means to cite a passage.
func (s *Server) sourceRead(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := s.canReadItem(c, "source", id); err != nil {
		return err
	}
	v, err := s.reader(c.Request().Context(), id)
	if err != nil {
		return err
	}
	if cited := optionalID(c.QueryParam("cited")); cited != nil {
		for i := range v.Notes {
			if v.Notes[i].Citation.ID == *cited {
				v.Saved = &v.Notes[i]
			}
		}
	}
	return s.render(c, http.StatusOK, s.readerPage(c, &v.Source), views.ReaderPage(v))
}

// reader builds the reader's view model of a source.
func (s *Server) reader(ctx context.Context, id int64) (views.Reader, error) {
	src, err := s.store.GetSource(ctx, id)
	if err != nil {
		return views.Reader{}, err
	}
	cits, err := s.store.ReadableCitationsOfSource(ctx, id)
	if err != nil {
		return views.Reader{}, err
	}
	refs := make([]models.Ref, len(cits))
	for i, cit := range cits {
		refs[i] = cit.Item()
	}
	labels, err := s.store.ItemLabels(ctx, refs)
	if err != nil {
		return views.Reader{}, err
	}
	return views.NewReader(*src, cits, labels), nil
}

func (s *Server) readerPage(c echo.Context, src *models.Source) views.Page {
	return s.page(c, "Reading: "+src.Title, describeSource(src), "sources")
}
