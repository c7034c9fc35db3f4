package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"slices"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/imports"
	"github.com/factline/factline/models/storage"
)

// importCmd imports a factline JSON, CSV or TimelineJS3 JSON file as a new
// timeline, in one transaction; --dry-run only says what it would do.
func importCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c config
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	c.flags(fs)
	slug := fs.String("timeline", "", "slug of the new timeline (default: the file's, or one made from its title)")
	dryRun := fs.Bool("dry-run", false, "say what would be imported, and change nothing")
	ownerEmail := fs.String("owner", "", "email of the user who owns the new timeline")
	visibility := fs.String("visibility", "", "private, team, unlisted or public (default: the file's, else private)")
	baseURL := fs.String("base-url", "", "web address that the file's relative media URLs are under")
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		fmt.Fprintln(stderr, "factline import: give the FILE to import: factline import FILE [--timeline SLUG] [--owner EMAIL] [--visibility V] [--base-url URL] [--dry-run]")
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
	var opt importers.Options
	if *baseURL != "" {
		u, err := url.Parse(*baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("import: --base-url %q is not a web address; give one starting with http:// or https://", *baseURL)
		}
		opt.BaseURL = u
	}
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	doc, format, err := importers.ReadWith(file, path, opt)
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
	var owner *int64
	if !doc.SourcesOnly { // a reference manager's file makes no timeline
		if owner, err = importOwner(ctx, store, doc, *ownerEmail, *visibility); err != nil {
			return err
		}
	}
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
	t, err := applyJournalled(ctx, store, plan, owner, step, log)
	done()
	if err != nil {
		return err
	}
	if t == nil {
		fmt.Fprintf(stdout, "imported the %d sources factline did not have\n", plan.NewSources())
		return nil
	}
	fmt.Fprintf(stdout, "imported %d entries into /timelines/%s\n", len(doc.Entries), t.Slug)
	return nil
}

// applyJournalled applies the plan as a job of import_jobs, journalled in each
// of its transactions and kept alive by a heartbeat, as the web's imports are:
// if this process is killed, any instance's sweep (or the next import) undoes
// what it made. The job's row goes once the import has ended (undone, when it
// failed); first, the imports of processes that died before are undone.
func applyJournalled(ctx context.Context, store *storage.Store, plan *formats.Plan, owner *int64, step func(), log *slog.Logger) (*models.Timeline, error) {
	if n, err := imports.Of(store).SweepStaleImportJobs(ctx, models.ImportStale); err != nil {
		return nil, fmt.Errorf("import: undo stopped imports: %w", err)
	} else if n > 0 {
		log.Warn("undid imports whose process stopped half-way", "jobs", n)
	}
	job, err := imports.Of(store).StartCommandLineImportJob(ctx, plan.Timeline.Title, plan.Timeline.Slug, len(plan.Doc.Entries))
	if err != nil {
		return nil, err
	}
	plan.Journal = func(tx *storage.Store, made models.ImportMade, done int) error {
		return imports.Of(tx).JournalImportJob(ctx, job.ID, made, done)
	}
	stop := imports.Of(store).KeepImportJobAlive(ctx, job.ID, func(err error) { log.Warn("import: heartbeat", "err", err) })
	t, err := plan.Apply(ctx, store, owner, step)
	stop()
	if err != nil {
		if uerr := imports.Of(store).UndoImportJob(context.WithoutCancel(ctx), job.ID); uerr != nil {
			return nil, errors.Join(err, uerr)
		}
		return nil, err
	}
	return t, imports.Of(store).DeleteImportJob(ctx, job.ID)
}

// importOwner finds the owner --owner names and sets the visibility
// --visibility gives, refusing a timeline that no one could open: a private
// one with no owner.
func importOwner(ctx context.Context, store *storage.Store, doc *formats.Document, email, visibility string) (*int64, error) {
	if visibility != "" {
		if !slices.Contains(models.Visibilities, visibility) {
			return nil, fmt.Errorf("import: --visibility %q: choose one of %s", visibility, strings.Join(models.Visibilities, ", "))
		}
		doc.Timeline.Visibility = visibility
	}
	if doc.Timeline.Visibility == "" {
		doc.Timeline.Visibility = "private"
	}
	if email == "" {
		if doc.Timeline.Visibility == "private" {
			return nil, fmt.Errorf("import: a private timeline without an owner could be opened by no one; name its owner with --owner EMAIL, or choose --visibility team, unlisted or public")
		}
		return nil, nil
	}
	u, err := accounts.Of(store).FindUserByEmail(ctx, email)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, fmt.Errorf("import: --owner %s: there is no user with this email; add one with factline user add --email %s", email, email)
	}
	if err != nil {
		return nil, err
	}
	return &u.ID, nil
}

// writePlan says what an import creates, which actors, sources, claims and
// events it matched, and which new ones may be copies.
func writePlan(w io.Writer, p *formats.Plan) {
	fmt.Fprintf(w, "%s file: timeline %q (/timelines/%s) with %d claims, %d events, %d citations, %d relations\n",
		p.Format, p.Timeline.Title, p.Timeline.Slug, p.Claims, p.Events, p.Citations, p.Relations)
	fmt.Fprintf(w, "  visibility %s", p.Timeline.Visibility)
	if p.Eras > 0 {
		fmt.Fprintf(w, ", %d eras", p.Eras)
	}
	fmt.Fprintln(w)
	for _, k := range p.Kept {
		more := ""
		if n := k.Count - len(k.Where); n > 0 {
			more = fmt.Sprintf(" and %d more", n)
		}
		fmt.Fprintf(w, "  kept: %s (%s%s): %s\n", k.Field, strings.Join(k.Where, ", "), more, k.What)
	}
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
	if n := p.SameEntries(); n > 0 {
		fmt.Fprintf(w, "  %d of the %d entries are claims and events already in factline (found by their anchors); put on the timeline, not copied\n", n, len(p.Entries))
	}
	for _, m := range p.LikelyEntries() {
		fmt.Fprintf(w, "  %s %q: new, though it may be the same as %s %d %q\n", m.Kind, m.Name, m.Kind, m.Like, m.LikeName)
	}
}
