package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/factline/factline/models/demo"
	"github.com/factline/factline/models/storage"
)

// openStore opens and migrates the database named in c.
func openStore(ctx context.Context, c *config, log *slog.Logger) (*storage.Store, error) {
	store, err := storage.Open(c.db, storage.Options{})
	if err != nil {
		return nil, err
	}
	if err := store.Migrate(ctx, log); err != nil {
		_ = store.Close()
		return nil, err
	}
	return store, nil
}

// migrate applies the migrations and stops.
func migrate(ctx context.Context, args []string, stderr io.Writer) error {
	var c config
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	c.flags(fs)
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, &c, log)
	if err != nil {
		return err
	}
	return store.Close()
}

// demoCmd loads the worked example timeline.
func demoCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c config
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	c.flags(fs)
	if err := parse(fs, args, stderr); err != nil {
		return err
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
	t, err := demo.Load(ctx, store)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "loaded the demo timeline /timelines/%s\n", t.Slug)
	return nil
}
