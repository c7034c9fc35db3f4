package formats

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// Plan is what an import will do: the timeline it creates, and which of the
// file's actors and sources are already in factline (matched, not duplicated)
// and which are new. It is the import page's preview and --dry-run's report.
type Plan struct {
	Doc      *Document
	Format   string
	Timeline DocTimeline
	Actors   []Match
	Sources  []Match
	// Entries are the file's entries, in its order: Existing is the stored
	// claim or event an entry was exported from (matchEntries), Like one a new
	// entry may be a copy of.
	Entries   []Match
	Claims    int
	Events    int
	Citations int
	Relations int
	Eras      int
	// Kept is what the file carries that factline keeps elsewhere or reads
	// differently, for the preview to list.
	Kept []Kept
	// PrivateAddress says that the new timeline is private and its slug gets a
	// random ending when it is saved.
	PrivateAddress bool
	// Journal, when set, is called at the end of each of Apply's
	// transactions, inside it, with what the import has made so far and how
	// many entries are in: a record that commits with what it describes (an
	// import job's, so that one whose process died can be undone); an error
	// rolls the transaction back and stops the import.
	Journal func(tx *storage.Store, made models.ImportMade, done int) error
}

// Match is one actor or source of the file: Existing is the id of the one
// factline already has (0 when the import creates it).
type Match struct {
	Name     string `json:"name"`
	Existing int64  `json:"existing"`
	// Like, for one imported as new, is a stored one it may be a copy of
	// (a likely duplicate, reported in the preview; the import goes on).
	Like     int64  `json:"like,omitempty"`
	LikeName string `json:"like_name,omitempty"`
	// Kind is an entry's: claim or event (empty for actors and sources).
	Kind models.ItemKind `json:"kind,omitempty"`
}

// NewPlan matches the document against the store: sources by URL or DOI (and
// those of factline's own CSL-JSON by id and title), actors by name or alias; and runs every check the import runs (validate), so that a
// plan the preview shows never fails on confirm. slug, when set, names the new timeline instead of the file's
// slug; a slug already taken is refused, unless the new timeline is private
// and its address gets a random ending (models.GetsPrivateSlug).
func NewPlan(ctx context.Context, store *storage.Store, doc *Document, format, slug string) (*Plan, error) {
	p := &Plan{Doc: doc, Format: format, Timeline: doc.Timeline, Eras: len(doc.Eras), Kept: doc.Kept}
	if slug != "" {
		p.Timeline.Slug = slug
	}
	if p.Timeline.Slug == "" {
		p.Timeline.Slug = models.Slugify(p.Timeline.Title)
	}
	p.PrivateAddress = !doc.SourcesOnly && models.GetsPrivateSlug(ctx, p.Timeline.Visibility)
	if doc.SourcesOnly {
		p.Timeline.Slug = ""
	} else if p.PrivateAddress {
		// the saved slug gets a random ending, so it cannot collide (and a
		// refusal would tell whether someone's private timeline has it)
	} else if _, err := store.GetTimeline(ctx, p.Timeline.Slug); err == nil {
		return nil, Refuse("timeline", "slug", "%q is taken by another timeline; choose another slug", p.Timeline.Slug)
	} else if !errors.Is(err, storage.ErrNotFound) {
		return nil, err
	}
	for _, a := range doc.Actors {
		m := Match{Name: a.Name}
		found, err := store.FindActorByName(ctx, a.Name)
		if err == nil {
			m.Existing = found.ID
		} else if !errors.Is(err, storage.ErrNotFound) {
			return nil, err
		}
		p.Actors = append(p.Actors, m)
	}
	for _, s := range doc.Sources {
		m := Match{Name: s.Title}
		for _, u := range sourceAddresses(s) {
			found, err := store.FindSourceByURL(ctx, u)
			if err == nil {
				m.Existing = found.ID
				break
			} else if !errors.Is(err, storage.ErrNotFound) {
				return nil, err
			}
		}
		if m.Existing == 0 && s.FactlineID != 0 {
			// factline's own CSL-JSON names its sources by id; the title must agree.
			found, err := store.GetSource(ctx, s.FactlineID)
			if err == nil && found.Title == s.Title {
				m.Existing = found.ID
			} else if err != nil && !errors.Is(err, storage.ErrNotFound) {
				return nil, err
			}
		}
		p.Sources = append(p.Sources, m)
	}
	if err := p.matchEntries(ctx, store); err != nil {
		return nil, err
	}
	for i, e := range doc.Entries {
		if p.Entries[i].Existing != 0 {
			continue // the stored item keeps its own citations and relations
		}
		if e.Kind == models.KindClaim {
			p.Claims++
		} else {
			p.Events++
		}
		p.Citations += len(e.Citations)
		p.Relations += len(e.Relations)
	}
	if err := p.validate(ctx, store); err != nil {
		return nil, err
	}
	if err := p.likelyDuplicates(ctx, store); err != nil {
		return nil, err
	}
	return p, nil
}

// importBatch is how many entries one transaction of an import writes: short
// enough that the write connection (which saves and sessions use too) is free
// again within tens of milliseconds, long enough that commits do not dominate.
const importBatch = 20

// NewSources counts the sources of the file that factline does not have yet.
func (p *Plan) NewSources() int {
	n := 0
	for _, m := range p.Sources {
		if m.Existing == 0 {
			n++
		}
	}
	return n
}

// sourceAddresses are the addresses a source of the file is matched by: its
// URL, and its DOI's address (https://doi.org/…).
func sourceAddresses(s DocSource) []string {
	var out []string
	if s.URL != "" {
		out = append(out, s.URL)
	}
	if s.DOI != "" && s.URL != "https://doi.org/"+s.DOI {
		out = append(out, "https://doi.org/"+s.DOI)
	}
	return out
}

// Apply creates the timeline and everything the plan says, in short
// transactions: first the actors, sources, timeline and eras, then the entries
// importBatch at a time, then the relations. Until the last one the timeline
// is marked import_pending; on any problem, or when ctx is cancelled, what was
// made is deleted again, so nothing half-made stays. The timeline is owned by
// owner (nil for none); progress, when set, is called once an entry. A
// reference manager's file (SourcesOnly) only adds its new sources, and
// returns no timeline.
func (p *Plan) Apply(ctx context.Context, store *storage.Store, owner *int64, progress func()) (*models.Timeline, error) {
	a := applier{ctx: ctx, store: store, plan: p, actors: map[int64]int64{}, sources: map[int64]int64{}, entries: map[string]models.Ref{}}
	t, err := a.run(owner, progress)
	if err == nil {
		return t, nil
	}
	if undo := store.UndoImport(context.WithoutCancel(ctx), a.made); undo != nil {
		return nil, errors.Join(err, undo)
	}
	return nil, err
}

// applier carries an import's id maps from the file's ids to the store's,
// and what it made, for undoing.
type applier struct {
	ctx     context.Context
	store   *storage.Store
	tx      *storage.Store // the transaction of the current batch
	plan    *Plan
	actors  map[int64]int64
	sources map[int64]int64
	entries map[string]models.Ref
	made    models.ImportMade
	done    int // entries in
}

// inTx runs fn in a transaction of its own, with a.tx set to it.
func (a *applier) inTx(fn func() error) error {
	if err := a.ctx.Err(); err != nil {
		return fmt.Errorf("import stopped: %w", err)
	}
	return a.store.WithTx(a.ctx, func(tx *storage.Store) error {
		a.tx = tx
		if err := fn(); err != nil {
			return err
		}
		if a.plan.Journal != nil {
			return a.plan.Journal(tx, a.made, a.done)
		}
		return nil
	})
}

func (a *applier) run(owner *int64, progress func()) (*models.Timeline, error) {
	if a.plan.Doc.SourcesOnly {
		return nil, a.inTx(a.sourcesOnly)
	}
	var t *models.Timeline
	err := a.inTx(func() error {
		var err error
		t, err = a.head(owner)
		return err
	})
	if err != nil {
		return nil, err
	}
	doc := a.plan.Doc
	for start := 0; start < len(doc.Entries); start += importBatch {
		batch := doc.Entries[start:min(start+importBatch, len(doc.Entries))]
		err := a.inTx(func() error {
			for i, e := range batch {
				if err := a.entry(t, e, a.plan.Entries[start+i].Existing); err != nil {
					return saveProblem(entryWhere(e, start+i), err)
				}
			}
			a.done = start + len(batch)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if progress != nil {
			for range batch {
				progress()
			}
		}
	}
	for start := 0; start < len(doc.Entries); start += importBatch {
		batch := doc.Entries[start:min(start+importBatch, len(doc.Entries))]
		if err := a.inTx(func() error { return a.relations(batch, start) }); err != nil {
			return nil, err
		}
	}
	if err := a.inTx(func() error { return a.tx.FinishImport(a.ctx, t.ID) }); err != nil {
		return nil, err
	}
	t.ImportPending = false
	return t, nil
}

// sourcesOnly creates the sources of a reference manager's file that factline
// does not have yet.
func (a *applier) sourcesOnly() error {
	for i, ds := range a.plan.Doc.Sources {
		if a.plan.Sources[i].Existing != 0 {
			continue
		}
		src := newSource(ds)
		if err := a.tx.SaveSource(a.ctx, src); err != nil {
			return saveProblem(fmt.Sprintf("source %d", i+1), err)
		}
		a.made.Sources = append(a.made.Sources, src.ID)
	}
	return nil
}

// head creates the actors, roles and sources factline does not have yet, the
// timeline (marked import_pending) and its eras.
func (a *applier) head(owner *int64) (*models.Timeline, error) {
	doc := a.plan.Doc
	for i, da := range doc.Actors {
		if id := a.plan.Actors[i].Existing; id != 0 {
			a.actors[da.ID] = id
			continue
		}
		actor := newActor(da)
		if err := a.tx.SaveActor(a.ctx, actor); err != nil {
			return nil, saveProblem(fmt.Sprintf("actor %d", i+1), err)
		}
		a.actors[da.ID] = actor.ID
		a.made.Actors = append(a.made.Actors, actor.ID)
	}
	for i, da := range doc.Actors {
		if a.plan.Actors[i].Existing != 0 {
			continue // an actor factline has keeps its own roles
		}
		for _, r := range da.Roles {
			role := &models.Role{ActorID: a.actors[da.ID], Title: r.Title, Period: edtf.MustParse(r.Period)}
			if r.OrganisationID != nil {
				org := a.actors[*r.OrganisationID]
				role.OrganisationID = &org
			}
			if err := a.tx.SaveRole(a.ctx, role); err != nil {
				return nil, saveProblem(fmt.Sprintf("actor %d", i+1), err)
			}
		}
	}
	for i, ds := range doc.Sources {
		if id := a.plan.Sources[i].Existing; id != 0 {
			a.sources[ds.ID] = id
			continue
		}
		src := newSource(ds)
		if err := a.tx.SaveSource(a.ctx, src); err != nil {
			return nil, saveProblem(fmt.Sprintf("source %d", i+1), err)
		}
		a.sources[ds.ID] = src.ID
		a.made.Sources = append(a.made.Sources, src.ID)
	}
	t := a.plan.newTimeline(owner)
	t.ImportPending = true
	if err := a.tx.SaveTimeline(a.ctx, t); err != nil {
		return nil, saveProblem("timeline", err)
	}
	a.made.TimelineID = t.ID
	for i, de := range doc.Eras {
		if err := a.tx.AddEra(a.ctx, newEra(t.ID, de)); err != nil {
			return nil, saveProblem(fmt.Sprintf("era %d", i+1), err)
		}
	}
	return t, nil
}

// relations creates the relations that start at a batch of entries.
func (a *applier) relations(batch []DocEntry, offset int) error {
	for i, e := range batch {
		if a.plan.Entries[offset+i].Existing != 0 {
			continue // a stored item keeps its own relations
		}
		from := a.entries[e.Anchor()]
		for _, r := range e.Relations {
			to := a.entries[r.To]
			rel := &models.Relation{FromKind: from.Kind, FromID: from.ID, ToKind: to.Kind, ToID: to.ID, Kind: r.Kind}
			if err := a.tx.SaveRelation(a.ctx, rel); err != nil {
				return saveProblem(entryWhere(e, offset+i), err)
			}
		}
	}
	return nil
}

// entry creates one claim or event with its participants and citations and puts
// it on the timeline; an entry the plan matched to a stored item (existing)
// puts that item on the timeline, copying nothing.
func (a *applier) entry(t *models.Timeline, e DocEntry, existing int64) error {
	ref := models.Ref{Kind: e.Kind, ID: existing}
	if existing != 0 {
		a.entries[e.Anchor()] = ref
		return a.tx.AddEntry(a.ctx, &models.Entry{TimelineID: t.ID, ItemKind: ref.Kind, ItemID: ref.ID, Lane: e.Lane, Note: e.Note,
			EntryExtras: e.extras()})
	}
	if e.Kind == models.KindClaim {
		c := newClaim(e)
		if e.SpeakerID != nil {
			id := a.actors[*e.SpeakerID]
			c.SpeakerID = &id
		}
		if err := a.tx.SaveClaim(a.ctx, c); err != nil {
			return err
		}
		ref.ID = c.ID
		a.made.Claims = append(a.made.Claims, c.ID)
	} else {
		v := newEvent(e)
		if err := a.tx.SaveEvent(a.ctx, v); err != nil {
			return err
		}
		ref.ID = v.ID
		a.made.Events = append(a.made.Events, v.ID)
		for _, p := range e.Participants {
			if err := a.tx.AddParticipant(a.ctx, models.Participant{EventID: v.ID, ActorID: a.actors[p.ActorID], RoleWord: p.RoleWord}); err != nil {
				return err
			}
		}
	}
	a.entries[e.Anchor()] = ref
	for _, dc := range e.Citations {
		c := newCitation(a.sources[dc.SourceID], dc)
		if e.Kind == models.KindClaim {
			c.ClaimID = &ref.ID
		} else {
			c.EventID = &ref.ID
		}
		if err := a.tx.SaveCitation(a.ctx, c); err != nil {
			return err
		}
	}
	return a.tx.AddEntry(a.ctx, &models.Entry{TimelineID: t.ID, ItemKind: ref.Kind, ItemID: ref.ID, Lane: e.Lane, Note: e.Note,
		EntryExtras: e.extras()})
}

// saveProblem turns a refused save into Problems naming where in the file it
// came from; other errors pass through.
func saveProblem(where string, err error) error {
	var fe models.FieldErrors
	if !errors.As(err, &fe) {
		return err
	}
	fields := make([]string, 0, len(fe))
	for field := range fe {
		fields = append(fields, field)
	}
	sort.Strings(fields)
	var ps Problems
	for _, field := range fields {
		ps = append(ps, Problem{Where: where, Field: field, Reason: fe[field]})
	}
	return ps
}
