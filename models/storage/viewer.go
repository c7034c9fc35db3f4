package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// Viewer is who a read is for, named by the caller: a signed-in user, a share
// link's holder, an anonymous visitor (the zero Viewer), or the system (the
// command line), which reads everything. The HTTP layer says who its
// request's viewer is (httpx.Viewer) and reads single items through As, so
// the Store, not each handler, keeps them to what the viewer may see.
type Viewer struct {
	User   *models.User
	Share  *ShareScope
	System bool
}

// reads says what v reads: everything (the system, a signed-in user), a
// share link's scope, or — with neither — what public timelines show. The
// system comes first; a share link's pages are read as its holder would,
// whoever is signed in.
func (v Viewer) reads() (all bool, sc *ShareScope) {
	switch {
	case v.System:
		return true, nil
	case v.Share != nil:
		return false, v.Share
	}
	return v.User != nil, nil
}

// Reader is the Store's reads of single items bound to one viewer: an item
// the viewer may not read is ErrNotFound, as one that does not exist, so a
// page that forgets to check cannot show it (ARCHITECTURE.md §5). The
// Store's own GetClaim, GetEvent, ... read whatever they are asked, for
// writes, the command line and tests; handlers read items through a Reader
// (web's TestHandlersReadItemsAsTheirViewer holds them to it).
type Reader struct {
	s *Store
	v Viewer
}

// As returns the Store's single-item reads as v may make them.
func (s *Store) As(v Viewer) Reader { return Reader{s: s, v: v} }

// CanRead reports whether the viewer may open an item's page (a claim,
// event, actor or source): its holder what a share link shows, signed-in
// users all team material, anonymous visitors what public timelines show.
func (r Reader) CanRead(ctx context.Context, kind models.ItemKind, id int64) (bool, error) {
	all, sc := r.v.reads()
	switch {
	case all:
		return true, nil
	case sc != nil:
		return r.s.inScope(ctx, sc, kind, id)
	}
	return r.s.IsPublic(ctx, string(kind), id)
}

// readable is nil when the viewer may read the item, else ErrNotFound.
func (r Reader) readable(ctx context.Context, kind models.ItemKind, id int64) error {
	ok, err := r.CanRead(ctx, kind, id)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("store: get %s %d: %w", kind, id, ErrNotFound)
	}
	return nil
}

// Claim returns one claim with its speaker and tags, if the viewer may read it.
func (r Reader) Claim(ctx context.Context, id int64) (*models.Claim, error) {
	if err := r.readable(ctx, models.KindClaim, id); err != nil {
		return nil, err
	}
	return r.s.GetClaim(ctx, id)
}

// Event returns one event with its participants and tags, if the viewer may read it.
func (r Reader) Event(ctx context.Context, id int64) (*models.Event, error) {
	if err := r.readable(ctx, models.KindEvent, id); err != nil {
		return nil, err
	}
	return r.s.GetEvent(ctx, id)
}

// EventHead returns one event with its tags and a page of its
// participants (Store.GetEventHead), if the viewer may read it.
func (r Reader) EventHead(ctx context.Context, id int64, limit, offset int) (*models.Event, error) {
	if err := r.readable(ctx, models.KindEvent, id); err != nil {
		return nil, err
	}
	return r.s.GetEventHead(ctx, id, limit, offset)
}

// Actor returns one actor with their roles and organisations, if the viewer may read them.
func (r Reader) Actor(ctx context.Context, id int64) (*models.Actor, error) {
	if err := r.readable(ctx, models.KindActor, id); err != nil {
		return nil, err
	}
	return r.s.GetActor(ctx, id)
}

// Source returns one source, if the viewer may read it.
func (r Reader) Source(ctx context.Context, id int64) (*models.Source, error) {
	if err := r.readable(ctx, models.KindSource, id); err != nil {
		return nil, err
	}
	return r.s.GetSource(ctx, id)
}

// Timeline returns the timeline with this slug, its eras, and what the
// viewer may do with it, in one statement; a timeline they may not read is
// ErrNotFound. A share link's holder reads the link's timeline only.
func (r Reader) Timeline(ctx context.Context, slug string) (*models.Timeline, models.Access, error) {
	if sc := r.v.Share; sc != nil && !r.v.System {
		if sc.Timeline.Slug != slug {
			return nil, models.Access{}, fmt.Errorf("store: get timeline %q: %w", slug, ErrNotFound)
		}
		return sc.Timeline, models.Access{Read: true}, nil
	}
	var uid int64
	if r.v.User != nil {
		uid = r.v.User.ID
	}
	t, collaborator, err := r.s.GetTimelineFor(ctx, slug, uid)
	if err != nil {
		return nil, models.Access{}, err
	}
	a := models.TimelineAccess(r.v.User, t, collaborator)
	if r.v.System {
		a.Read = true
	}
	if !a.Read {
		return nil, a, fmt.Errorf("store: get timeline %q: %w", slug, ErrNotFound)
	}
	return t, a, nil
}
