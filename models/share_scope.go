package models

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Page kinds that a share link can open beside the timeline's own claims and
// events: the speakers, participants and cited sources they show.
const (
	KindActor  ItemKind = "actor"
	KindSource ItemKind = "source"
)

// ShareScope is what one live share link opens: its timeline (or one published
// version of it) and every item that the timeline shows — its claims and events,
// their speakers and participants, and the sources they cite. Nothing else
// becomes readable through the link. A request made through the link carries
// the scope in its context (WithShareScope), and every read of the Store then
// keeps to it, as it keeps an anonymous visitor to public timelines.
type ShareScope struct {
	Link     ShareLink
	Timeline *Timeline
	// Base is the path the link's pages live under: /s/{token}.
	Base  string
	items map[Ref]bool
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

// Has reports whether the item (claim, event, actor or source) is in the scope.
func (sc *ShareScope) Has(kind ItemKind, id int64) bool { return sc.items[Ref{kind, id}] }

// Version is the published version the link opens, 0 for the living timeline.
func (sc *ShareScope) Version() int {
	if sc.Link.Version == nil {
		return 0
	}
	return *sc.Link.Version
}

// condition is SQL keeping the items of the scope; kind and id are SQL
// expressions naming the item. The ids are integers written into the SQL.
func (sc *ShareScope) condition(kind, id string) string {
	byKind := map[ItemKind][]string{}
	for r := range sc.items {
		byKind[r.Kind] = append(byKind[r.Kind], strconv.FormatInt(r.ID, 10))
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("(%s = '%s' AND %s IN (%s))", kind, k, id, strings.Join(byKind[ItemKind(k)], ", ")))
	}
	if len(parts) == 0 {
		return "1 = 0"
	}
	return "(" + strings.Join(parts, " OR ") + ")"
}

// OpenShareLink returns the scope of a live share link: the link must not be
// revoked, the timeline must be unlisted or public and not deleted, and a
// link to a version needs that version. base is the path its pages live under.
// The link's last use is noted, at most once an hour.
func (s *Store) OpenShareLink(ctx context.Context, token, base string) (*ShareScope, error) {
	sc := &ShareScope{Base: base, items: map[Ref]bool{}}
	err := s.r(ctx).Where("token_hash = ? AND revoked_at IS NULL", hashToken(token)).Take(&sc.Link).Error
	if err != nil {
		return nil, fmt.Errorf("store: share link: %w", notFound(err))
	}
	var t Timeline
	err = s.r(ctx).Raw(`SELECT t.*, (SELECT COALESCE(max(number), 0) FROM versions WHERE timeline_id = t.id) AS published
		FROM timelines t WHERE t.id = ? AND t.visibility IN ('unlisted', 'public') AND t.deleted_at IS NULL`,
		sc.Link.TimelineID).Scan(&t).Error
	if err != nil {
		return nil, fmt.Errorf("store: share link: %w", err)
	}
	if t.ID == 0 {
		return nil, fmt.Errorf("store: share link: %w", ErrNotFound)
	}
	sc.Timeline = &t
	if n := sc.Version(); n != 0 {
		_, frozen, err := s.GetVersion(ctx, t.ID, n)
		if err != nil {
			return nil, err
		}
		sc.addItems(frozen.Items)
	} else if err := s.addLivingScope(ctx, sc); err != nil {
		return nil, err
	}
	if err := s.noteShareLinkUse(ctx, &sc.Link); err != nil {
		return nil, err
	}
	return sc, nil
}

// addLivingScope adds what the living timeline shows, in one statement: the
// same set as publicCondition, for one timeline.
func (s *Store) addLivingScope(ctx context.Context, sc *ShareScope) error {
	var rows []Ref
	err := s.r(ctx).Raw(`WITH pe AS (SELECT item_kind, item_id FROM timeline_entries WHERE timeline_id = ?)
		SELECT item_kind AS kind, item_id AS id FROM pe
		UNION SELECT 'source', source_id FROM citations
			WHERE claim_id IN (SELECT item_id FROM pe WHERE item_kind = 'claim')
			   OR event_id IN (SELECT item_id FROM pe WHERE item_kind = 'event')
		UNION SELECT 'actor', speaker_id FROM claims
			WHERE speaker_id IS NOT NULL AND id IN (SELECT item_id FROM pe WHERE item_kind = 'claim')
		UNION SELECT 'actor', actor_id FROM event_participants
			WHERE event_id IN (SELECT item_id FROM pe WHERE item_kind = 'event')`, sc.Timeline.ID).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("store: scope of timeline %d: %w", sc.Timeline.ID, err)
	}
	for _, r := range rows {
		sc.items[r] = true
	}
	return nil
}

// addItems adds what a frozen version's entries show.
func (sc *ShareScope) addItems(items []TimelineItem) {
	for _, it := range items {
		sc.items[it.Ref()] = true
		if it.SpeakerID != nil {
			sc.items[Ref{KindActor, *it.SpeakerID}] = true
		}
		for _, p := range it.Participants {
			sc.items[Ref{KindActor, p.ActorID}] = true
		}
		for _, c := range it.Citations {
			sc.items[Ref{KindSource, c.SourceID}] = true
		}
	}
}

// noteShareLinkUse keeps the hour a link was last used.
func (s *Store) noteShareLinkUse(ctx context.Context, l *ShareLink) error {
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
