package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// UsageOfItem says which timelines (those the viewer may see), citations and
// relations use a claim or event.
func (r Reader) UsageOfItem(ctx context.Context, ref models.Ref) (models.Usage, error) {
	s := r.s
	var u models.Usage
	var err error
	if u.Timelines, err = r.TimelinesWith(ctx, ref); err != nil {
		return u, err
	}
	col := "claim_id"
	if ref.Kind == models.KindEvent {
		col = "event_id"
	}
	err = s.r(ctx).Raw(`SELECT (SELECT count(*) FROM citations WHERE `+col+` = ?),
		(SELECT count(*) FROM relations WHERE (from_kind = ? AND from_id = ?) OR (to_kind = ? AND to_id = ?))`,
		ref.ID, ref.Kind, ref.ID, ref.Kind, ref.ID).Row().Scan(&u.Citations, &u.Relations)
	if err != nil {
		return u, fmt.Errorf("store: usage of %s %d: %w", ref.Kind, ref.ID, err)
	}
	return u, nil
}

// UsageOfActor counts the claims an actor spoke, the events it took part in, and
// the roles held at it.
func (s *Store) UsageOfActor(ctx context.Context, id int64) (models.Usage, error) {
	var u models.Usage
	err := s.r(ctx).Raw(`SELECT
		(SELECT count(*) FROM claims WHERE speaker_id = ? AND `+Live("claims")+`),
		(SELECT count(*) FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.actor_id = ? AND `+Live("e")+`),
		(SELECT count(*) FROM roles WHERE organisation_id = ?)`, id, id, id).Row().Scan(&u.Claims, &u.Events, &u.Roles)
	if err != nil {
		return u, fmt.Errorf("store: usage of actor %d: %w", id, err)
	}
	return u, nil
}

// UsageOfSource counts the citations of a source.
func (s *Store) UsageOfSource(ctx context.Context, id int64) (models.Usage, error) {
	var u models.Usage
	if err := s.r(ctx).Raw("SELECT count(*) FROM citations WHERE source_id = ?", id).Row().Scan(&u.Citations); err != nil {
		return u, fmt.Errorf("store: usage of source %d: %w", id, err)
	}
	return u, nil
}

// UsageOfTimeline counts a timeline's entries.
func (s *Store) UsageOfTimeline(ctx context.Context, id int64) (models.Usage, error) {
	var u models.Usage
	if err := s.r(ctx).Raw("SELECT count(*) FROM timeline_entries WHERE timeline_id = ?", id).Row().Scan(&u.Entries); err != nil {
		return u, fmt.Errorf("store: usage of timeline %d: %w", id, err)
	}
	return u, nil
}
