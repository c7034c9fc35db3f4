package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

// newSetupServer is a server on a database with no admin, and its setup link.
func newSetupServer(t *testing.T) (*testClient, string) {
	t.Helper()
	store := storage.NewTestStore(t, nil)
	h, err := New(t.Context(), Config{}, store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	tc := &testClient{t: t, srv: srv, store: store}
	tc.newBrowser()
	return tc, h.SetupPath()
}

// admins counts the admins of the store.
func admins(t *testing.T, s *storage.Store) int {
	t.Helper()
	users, err := accounts.Of(s).ListUsers(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, u := range users {
		if u.Role == models.RoleAdmin {
			n++
		}
	}
	return n
}

// TestSetupMakesOneAdminFromSimultaneousSubmits: two browsers submit the setup
// form at once; one admin is made.
func TestSetupMakesOneAdminFromSimultaneousSubmits(t *testing.T) {
	first, link := newSetupServer(t)
	second := &testClient{t: t, srv: first.srv, store: first.store}
	second.newBrowser()
	first.get(link, nil)
	second.get(link, nil)
	var wg sync.WaitGroup
	for i, tc := range []*testClient{first, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			form := url.Values{"email": {[]string{"ana@example.org", "bo@example.org"}[i]}, "name": {"Admin"},
				"password": {testPassword}, "_csrf": {tc.csrf}}
			req, _ := http.NewRequest(http.MethodPost, tc.srv.URL+link, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			res, err := tc.http.Do(req)
			if err == nil {
				res.Body.Close()
			}
		}()
	}
	wg.Wait()
	if n := admins(t, first.store); n != 1 {
		t.Errorf("%d admins after two simultaneous setups, want 1", n)
	}
}

// TestSetupLinkCloses once an admin is made from the command line.
func TestSetupLinkClosesAfterACommandLineAdmin(t *testing.T) {
	tc, link := newSetupServer(t)
	if _, err := accounts.Of(tc.store).CreateUser(t.Context(), "cli@example.org", "Cli", models.RoleAdmin, testPassword); err != nil {
		t.Fatal(err)
	}
	res, _ := tc.get(link, nil)
	wantStatus(t, res, http.StatusNotFound)
	res, _ = tc.post(link, url.Values{"email": {"late@example.org"}, "name": {"Late"}, "password": {testPassword}}, false)
	wantStatus(t, res, http.StatusNotFound)
	if n := admins(t, tc.store); n != 1 {
		t.Errorf("%d admins, want the command line's alone", n)
	}
}
