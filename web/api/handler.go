// Package api is factline's API for scripts under /api/v1 (docs/API.md): JSON
// in and out, a personal token or a session names the user, and every error
// has one JSON shape. Its routes are registered in web/routes.go with the
// pages'; what it shares with them (the user, path parameters, refusals,
// timeline access, duplicate offers) is in web/httpx.
package api

import "github.com/factline/factline/models/storage"

// Handler serves the API's routes.
type Handler struct {
	store *storage.Store
}

// New is the API over the store.
func New(store *storage.Store) *Handler { return &Handler{store: store} }
