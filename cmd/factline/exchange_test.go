package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
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
