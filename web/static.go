package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/factline/factline/views"
)

//go:embed static
var staticFiles embed.FS

// staticAssets serves /static/…: the stylesheets, factline's scripts and
// vendored htmx, from the binary. Pages name each file by a fingerprint of its
// content (base.3f2a1b9c.css), which browsers may cache for good: a new
// release changes the names, so no browser runs an old script against a new
// page. The plain names still answer, revalidated on every use.
type staticAssets struct {
	paths views.Assets      // plain name → fingerprinted address
	files map[string]string // fingerprinted address → file in staticFiles
}

// newStaticAssets fingerprints every file under static/.
func newStaticAssets() (*staticAssets, error) {
	a := &staticAssets{paths: views.Assets{}, files: map[string]string{}}
	err := fs.WalkDir(staticFiles, "static", func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFiles.ReadFile(file)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		name := strings.TrimPrefix(file, "static/")
		ext := path.Ext(name)
		addr := "/static/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
		a.paths[name], a.files[addr] = addr, file
		return nil
	})
	return a, err
}

// handler serves a fingerprinted address as immutable, and a plain one to be
// revalidated.
func (a *staticAssets) handler() http.Handler {
	files := http.FileServerFS(staticFiles)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if file, ok := a.files[r.URL.Path]; ok {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			r = r.Clone(r.Context())
			r.URL.Path = "/" + file
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
}

// favicon serves /favicon.ico, which browsers ask for on every site.
func (a *staticAssets) favicon() http.Handler {
	static := a.handler()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r2 := r.Clone(r.Context())
		r2.URL.Path = a.paths["favicon.ico"]
		static.ServeHTTP(w, r2)
	})
}
