package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/factline/factline/models"
)

// ShareScope is what one live share link opens: its timeline (or one published
// version of it) and every item that the timeline shows — its claims and events,
// their speakers and participants, and the sources they cite. Nothing else
// becomes readable through the link. A request made through the link carries
// the scope in its context (WithShareScope), and every read of the Store then
// keeps to it, as it keeps an anonymous visitor to public timelines. The scope
// holds no list of its items: each read asks the database whether the item it
// reads is one of them (condition), so a link to a long timeline costs what
// one to a short one does.
type ShareScope struct {
	Link     models.ShareLink
	Timeline *models.Timeline
	// Base is the path the link's pages live under: /s/{token}.
	Base string
	// versionID is the published version the link opens (its version_scope
	// rows), 0 for the living timeline.
	versionID int64
}

type shareScopeKey struct{}

// WithShareScope returns a context whose reads keep to the scope.
func WithShareScope(ctx context.Context, sc *ShareScope) context.Context {
	return context.WithValue(ctx, shareScopeKey{}, sc)
}

// ShareScopeFrom returns the share scope of ctx, or nil.
func ShareScopeFrom(ctx context.Context) *ShareScope {
	sc, _ := ctx.Value(shareScopeKey{}).(*ShareScope)
	return sc
}

// Version is the published version the link opens, 0 for the living timeline.
func (sc *ShareScope) Version() int {
	if sc.Link.Version == nil {
		return 0
	}
	return *sc.Link.Version
}

// condition is SQL keeping the items of the scope; kind and id are SQL
// expressions naming the item. A version's items are its version_scope rows;
// the living timeline's are what it shows now, the same set as
// publicCondition for this one timeline, checked item by item through the
// indexes on entries, speakers, participants and citations.
func (sc *ShareScope) condition(kind, id string) string {
	if sc.versionID != 0 {
		return fmt.Sprintf("EXISTS (SELECT 1 FROM version_scope vs WHERE vs.version_id = %d AND vs.item_kind = %s AND vs.item_id = %s)",
			sc.versionID, kind, id)
	}
	on := func(entryKind, itemID string) string {
		return fmt.Sprintf("EXISTS (SELECT 1 FROM timeline_entries se WHERE se.timeline_id = %d AND se.item_kind = '%s' AND se.item_id = %s AND %s)",
			sc.Timeline.ID, entryKind, itemID, liveEntry("se"))
	}
	return "(CASE " + kind +
		" WHEN 'claim' THEN " + on("claim", id) +
		" WHEN 'event' THEN " + on("event", id) +
		" WHEN 'actor' THEN (EXISTS (SELECT 1 FROM claims sc WHERE sc.speaker_id = " + id + " AND " + on("claim", "sc.id") + ")" +
		" OR EXISTS (SELECT 1 FROM event_participants sp WHERE sp.actor_id = " + id + " AND " + on("event", "sp.event_id") + "))" +
		" WHEN 'source' THEN EXISTS (SELECT 1 FROM citations sci WHERE sci.source_id = " + id + " AND " +
		"CASE WHEN sci.claim_id IS NULL THEN " + on("event", "sci.event_id") + " ELSE " + on("claim", "sci.claim_id") + " END)" +
		" ELSE 1 = 0 END)"
}

// OpenShareLink returns the scope of a live share link: the link must not be
// revoked, the timeline must be unlisted or public and not deleted, and a
// link to a version needs that version. base is the path its pages live under.
// The link's last use is noted, at most once an hour.
func (s *Store) OpenShareLink(ctx context.Context, token, base string) (*ShareScope, error) {
	sc := &ShareScope{Base: base}
	err := s.r(ctx).Where("token_hash = ? AND revoked_at IS NULL", HashToken(token)).Take(&sc.Link).Error
	if err != nil {
		return nil, fmt.Errorf("store: share link: %w", NotFound(err))
	}
	var t models.Timeline
	err = s.r(ctx).Raw(`SELECT t.*, (SELECT COALESCE(max(number), 0) FROM versions WHERE timeline_id = t.id) AS published
		FROM timelines t WHERE t.id = ? AND t.visibility IN ('unlisted', 'public') AND `+Live("t"),
		sc.Link.TimelineID).Scan(&t).Error
	if err != nil {
		return nil, fmt.Errorf("store: share link: %w", err)
	}
	if t.ID == 0 {
		return nil, fmt.Errorf("store: share link: %w", ErrNotFound)
	}
	sc.Timeline = &t
	if n := sc.Version(); n != 0 {
		err := s.r(ctx).Raw("SELECT id FROM versions WHERE timeline_id = ? AND number = ?", t.ID, n).Scan(&sc.versionID).Error
		if err != nil {
			return nil, fmt.Errorf("store: share link: version %d: %w", n, err)
		}
		if sc.versionID == 0 {
			return nil, fmt.Errorf("store: share link: version %d: %w", n, ErrNotFound)
		}
	}
	if err := s.noteShareLinkUse(ctx, &sc.Link); err != nil {
		return nil, err
	}
	return sc, nil
}

// inScope reports whether the item is one the scope opens.
func (s *Store) inScope(ctx context.Context, sc *ShareScope, kind models.ItemKind, id int64) (bool, error) {
	var n int64
	err := s.r(ctx).Raw("SELECT count(*) FROM (SELECT CAST(? AS TEXT) AS kind, CAST(? AS BIGINT) AS id) x WHERE "+
		sc.condition("x.kind", "x.id"), string(kind), id).Scan(&n).Error
	if err != nil {
		return false, fmt.Errorf("store: is %s %d in the share link's scope: %w", kind, id, err)
	}
	return n > 0, nil
}

// keepVersionScope writes what a version opens to a link to it (version_scope):
// the entries' claims and events, their speakers and participants and the
// sources they cite, a few hundred rows a statement.
func (tx *Store) keepVersionScope(ctx context.Context, versionID int64, items []models.TimelineItem) error {
	seen := map[models.Ref]bool{}
	var refs []models.Ref
	add := func(r models.Ref) {
		if !seen[r] {
			seen[r] = true
			refs = append(refs, r)
		}
	}
	for _, it := range items {
		add(it.Ref())
		if it.SpeakerID != nil {
			add(models.Ref{Kind: models.KindActor, ID: *it.SpeakerID})
		}
		for _, p := range it.Participants {
			add(models.Ref{Kind: models.KindActor, ID: p.ActorID})
		}
		for _, c := range it.Citations {
			add(models.Ref{Kind: models.KindSource, ID: c.SourceID})
		}
	}
	const batch = 300 // three variables a row, under SQLite's and PostgreSQL's limits
	for len(refs) > 0 {
		n := min(batch, len(refs))
		rows, args := make([]string, n), make([]any, 0, 3*n)
		for i, r := range refs[:n] {
			rows[i] = "(?, ?, ?)"
			args = append(args, versionID, string(r.Kind), r.ID)
		}
		err := tx.w(ctx).Exec("INSERT INTO version_scope (version_id, item_kind, item_id) VALUES "+strings.Join(rows, ", "), args...).Error
		if err != nil {
			return fmt.Errorf("store: scope of version %d: %w", versionID, err)
		}
		refs = refs[n:]
	}
	return nil
}

// noteShareLinkUse keeps the hour a link was last used.
func (s *Store) noteShareLinkUse(ctx context.Context, l *models.ShareLink) error {
	now := time.Now().UTC()
	if l.LastUsedAt != nil && now.Sub(*l.LastUsedAt) < time.Hour {
		return nil
	}
	l.LastUsedAt = &now
	err := s.w(ctx).Exec("UPDATE share_links SET last_used_at = ? WHERE id = ?", now, l.ID).Error
	if err != nil {
		return fmt.Errorf("store: note use of share link %d: %w", l.ID, err)
	}
	return nil
}

// HashToken is what is kept of a share link's or an API token's secret: its
// SHA-256, so that the database alone opens nothing.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
