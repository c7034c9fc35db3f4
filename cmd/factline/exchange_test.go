package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/storage"
)

func TestExportThenImportOnTheCommandLine(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	from, to, file := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"), filepath.Join(dir, "demo.json")
	var out, stderr bytes.Buffer
	if err := run(ctx, []string{"demo", "--db", from}, nil, io.Discard, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if err := run(ctx, []string{"export", "--db", from, "--timeline", "ohchr-xinjiang-assessment", "--format", "json", "-o", file}, nil, io.Discard, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if err := run(ctx, []string{"import", file, "--db", to, "--timeline", "copy", "--dry-run"}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if !strings.Contains(out.String(), "3 claims, 4 events") || !strings.Contains(out.String(), "nothing was changed") {
		t.Errorf("dry run said:\n%s", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"import", "--db", to, "--timeline", "copy", file}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if !strings.Contains(out.String(), "imported 7 entries into /timelines/copy") {
		t.Errorf("import said:\n%s", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"export", "--db", to, "--timeline", "copy", "--format", "markdown"}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if !strings.Contains(out.String(), "groundless blame") {
		t.Errorf("export of the import:\n%s", out.String())
	}
	if err := run(ctx, []string{"import", "--db", to, "--timeline", "copy", file}, nil, io.Discard, &stderr); err == nil || !strings.Contains(err.Error(), "taken") {
		t.Errorf("a second import to the same slug: %v", err)
	}
	if err := run(ctx, []string{"export", "--db", to, "--format", "pdf"}, nil, io.Discard, &stderr); err == nil {
		t.Error("an export without --timeline and with an unknown format was not refused")
	}
}

// The command-line import names an owner and a visibility, and refuses a
// timeline no one could open: private, with no owner.
func TestImportNamesOwnerAndVisibility(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, file := filepath.Join(dir, "o.db"), filepath.Join(dir, "slides.tl.json")
	if err := os.WriteFile(file, []byte(`{"title":{"text":{"headline":"Slides"}},"events":[{"start_date":{"year":"-500"},"text":{"headline":"Old"}}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, stderr bytes.Buffer
	err := run(ctx, []string{"import", file, "--db", db, "--dry-run"}, nil, &out, &stderr)
	if err == nil || !strings.Contains(err.Error(), "could be opened by no one") {
		t.Errorf("a private import without an owner, dry run: %v", err)
	}
	err = run(ctx, []string{"import", file, "--db", db, "--owner", "nobody@example.org"}, nil, &out, &stderr)
	if err == nil || !strings.Contains(err.Error(), "no user with this email") {
		t.Errorf("an owner who is not a user: %v", err)
	}
	err = run(ctx, []string{"import", file, "--db", db, "--visibility", "secret", "--owner", "ana@example.org"}, nil, &out, &stderr)
	if err == nil || !strings.Contains(err.Error(), "choose one of private, team, unlisted, public") {
		t.Errorf("an unknown visibility: %v", err)
	}
	if err := run(ctx, []string{"user", "add", "--db", db, "--email", "ana@example.org", "--name", "Ana", "--role", "editor"},
		strings.NewReader("a long enough password\n"), io.Discard, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if err := run(ctx, []string{"import", file, "--db", db, "--owner", "ana@example.org", "--timeline", "owned"}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	if err := run(ctx, []string{"import", file, "--db", db, "--visibility", "team", "--timeline", "team"}, nil, &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	store, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ana, err := accounts.Of(store).FindUserByEmail(ctx, "ana@example.org")
	if err != nil {
		t.Fatal(err)
	}
	owned, err := store.GetTimeline(ctx, "owned")
	if err != nil || owned.OwnerID == nil || *owned.OwnerID != ana.ID || owned.Visibility != "private" {
		t.Errorf("the owned import: %+v, %v", owned, err)
	}
	team, err := store.GetTimeline(ctx, "team")
	if err != nil || team.OwnerID != nil || team.Visibility != "team" {
		t.Errorf("the team import: %+v, %v", team, err)
	}
}
