package web

import (
	"embed"
	"net/http"
)

//go:embed static
var staticFiles embed.FS

// staticHandler serves /static/…: the stylesheet, factline's script and vendored
// htmx, from the binary; they may be cached for a day.
func staticHandler() http.Handler {
	files := http.FileServerFS(staticFiles)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
}

// faviconHandler serves /favicon.ico, which browsers ask for on every site.
func faviconHandler() http.Handler {
	static := staticHandler()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/static/favicon.ico"
		static.ServeHTTP(w, r2)
	})
}
