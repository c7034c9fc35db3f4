package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
)

// importCmd imports a factline JSON, CSV or TimelineJS3 JSON file as a new
// timeline, in one transaction; --dry-run only says what it would do.
func importCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c config
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	c.flags(fs)
	slug := fs.String("timeline", "", "slug of the new timeline (default: the file's, or one made from its title)")
	dryRun := fs.Bool("dry-run", false, "say what would be imported, and change nothing")
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		fmt.Fprintln(stderr, "factline import: give the FILE to import: factline import FILE [--timeline SLUG] [--dry-run]")
		return errUsage
	}
	path := fs.Arg(0)
	if err := parse(fs, fs.Args()[1:], stderr); err != nil { // flags after FILE
		return err
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	doc, format, err := formats.Read(file, path)
	_ = file.Close()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, &c, log)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx = models.AsSystem(ctx)
	plan, err := formats.NewPlan(ctx, store, doc, format, *slug)
	if err != nil {
		return err
	}
	writePlan(stdout, plan)
	if *dryRun {
		fmt.Fprintln(stdout, "dry run: nothing was changed")
		return nil
	}
	step, done := progress(stderr, int64(len(doc.Entries)), "importing")
	t, err := plan.Apply(ctx, store, nil, step)
	done()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "imported %d entries into /timelines/%s\n", len(doc.Entries), t.Slug)
	return nil
}

// writePlan says what an import creates and which actors and sources it matched.
func writePlan(w io.Writer, p *formats.Plan) {
	fmt.Fprintf(w, "%s file: timeline %q (/timelines/%s) with %d claims, %d events, %d citations, %d relations\n",
		p.Format, p.Timeline.Title, p.Timeline.Slug, p.Claims, p.Events, p.Citations, p.Relations)
	for _, list := range []struct {
		what    string
		matches []formats.Match
	}{{"actor", p.Actors}, {"source", p.Sources}} {
		for _, m := range list.matches {
			if m.Existing != 0 {
				fmt.Fprintf(w, "  %s %q: already in factline as %s %d; used, not duplicated\n", list.what, m.Name, list.what, m.Existing)
			} else {
				fmt.Fprintf(w, "  %s %q: new\n", list.what, m.Name)
			}
		}
	}
}
