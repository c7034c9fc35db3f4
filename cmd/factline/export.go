package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats/exporters"
)

// exportCmd writes a timeline in one of the exchange formats to a file or stdout.
func exportCmd(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	var c config
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	c.flags(fs)
	slug := fs.String("timeline", "", "slug of the timeline to export (required)")
	name := fs.String("format", "json", "format: "+exporters.Names())
	out := fs.String("o", "", "file to write (default: standard output)")
	baseURL := fs.String("base-url", env("FACTLINE_BASE_URL", "http://localhost:8080"), "scheme and host of the permalinks in the export (FACTLINE_BASE_URL)")
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	f, ok := exporters.Lookup(*name)
	if *slug == "" || !ok {
		fmt.Fprintf(stderr, "factline export: give --timeline SLUG and a --format of %s\n", exporters.Names())
		return errUsage
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, &c, log)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx = models.AsSystem(ctx)
	t, err := store.GetTimeline(ctx, *slug)
	if err != nil {
		return err
	}
	n, err := store.CountEntries(ctx, t.ID)
	if err != nil {
		return err
	}
	w := stdout
	if *out != "" {
		file, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer func() { err = errors.Join(err, file.Close()) }()
		w = file
	}
	step, done := progress(stderr, n, "exporting")
	err = f.Write(ctx, w, exporters.Export{Store: store, Timeline: t, BaseURL: *baseURL, Progress: step})
	done()
	return err
}
