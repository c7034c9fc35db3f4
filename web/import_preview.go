package web

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// importForm serves the import page's upload form.
func (s *Server) importForm(c echo.Context) error {
	return s.renderImport(c, http.StatusOK, views.ImportView{Form: ui.EmptyForm(c, "/import", nil)})
}

// importPreview reads an uploaded file and shows what importing it would create
// and which actors and sources it matched, keeping the file for the confirmation.
// A file that cannot be imported comes back with its problems, and nothing changes.
func (s *Server) importPreview(c echo.Context) error {
	slug := c.FormValue("slug")
	v := views.ImportView{Form: ui.EmptyForm(c, "/import", map[string]string{"slug": slug, "base_url": c.FormValue("base_url")})}
	fh, err := c.FormFile("file")
	if err != nil {
		v.Problems = formats.Problems{{Where: "file", Reason: "choose a file to import"}}
		return s.renderImport(c, http.StatusUnprocessableEntity, v)
	}
	f, err := fh.Open()
	if err != nil {
		return err
	}
	raw, err := io.ReadAll(io.LimitReader(f, importers.MaxImportSize+1))
	_ = f.Close()
	if err != nil {
		return err
	}
	plan, err := s.importPlan(c, raw, fh.Filename, slug)
	if err != nil {
		return s.importRefused(c, v, err)
	}
	token, err := keepUpload(httpx.CurrentUser(c).ID, raw)
	if err != nil {
		return err
	}
	v.Plan, v.Token, v.FileName = plan, token, fh.Filename
	return s.renderImport(c, http.StatusOK, v)
}

// importPlan reads a file, with the base URL the form gives for relative
// media, and matches it against the database.
func (s *Server) importPlan(c echo.Context, raw []byte, name, slug string) (*formats.Plan, error) {
	var opt importers.Options
	if base := strings.TrimSpace(c.FormValue("base_url")); base != "" {
		u, err := url.Parse(base)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, formats.Problems{{Where: "form", Field: "Base URL", Reason: "give the web address the file's relative media are under, starting with http:// or https://, or leave it empty"}}
		}
		opt.BaseURL = u
	}
	doc, format, err := importers.ReadWith(bytes.NewReader(raw), name, opt)
	if err != nil {
		return nil, err
	}
	return formats.NewPlan(c.Request().Context(), s.Store, doc, format, slug)
}

// importRefused shows the upload form with the problems that refused the file.
func (s *Server) importRefused(c echo.Context, v views.ImportView, err error) error {
	var ps formats.Problems
	if !errors.As(err, &ps) {
		return err
	}
	v.Problems = ps
	return s.renderImport(c, http.StatusUnprocessableEntity, v)
}

func (s *Server) renderImport(c echo.Context, status int, v views.ImportView) error {
	return s.RenderEither(c, status, views.Layout(s.Page(c, "Import a timeline", "", "timelines")),
		views.ImportPage(v), views.ImportFragment(v))
}
