package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// LoadTimeline reads a timeline and everything its page shows in a fixed number
// of statements (six), whatever its length: the timeline, then LoadEntries.
func (s *Store) LoadTimeline(ctx context.Context, slug string) (*models.LoadedTimeline, error) {
	t, err := s.GetTimeline(ctx, slug)
	if err != nil {
		return nil, err
	}
	return s.LoadEntries(ctx, t)
}

// LoadEntries reads a timeline's entries and their citations, relations, tags and
// participants in five statements, whatever the timeline's length.
func (s *Store) LoadEntries(ctx context.Context, t *models.Timeline) (*models.LoadedTimeline, error) {
	lt := &models.LoadedTimeline{Timeline: *t}
	err := s.r(ctx).Raw(`SELECT * FROM (SELECT e.id AS entry_id, e.version AS entry_version, e.lane, e.note, e.display_date,
			e.media_url, e.media_caption, e.media_credit, e.media_thumbnail, 'claim' AS kind, c.id AS item_id,
			c.text AS title, '' AS description, c.said_on AS date, c.said_on_earliest AS earliest,
			c.said_on_latest AS latest, c.speaker_id, COALESCE(a.name, '') AS speaker_name,
			c.rating, c.verbatim, '' AS place
		FROM timeline_entries e
		JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND c.deleted_at IS NULL
		LEFT JOIN actors a ON a.id = c.speaker_id
		WHERE e.timeline_id = ?
		UNION ALL
		SELECT e.id, e.version, e.lane, e.note, e.display_date, e.media_url, e.media_caption,
			e.media_credit, e.media_thumbnail, 'event', v.id, v.title, v.description, v.occurred,
			v.occurred_earliest, v.occurred_latest, NULL, '', 'unrated', FALSE, v.place
		FROM timeline_entries e
		JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND v.deleted_at IS NULL
		WHERE e.timeline_id = ?) u
		ORDER BY COALESCE(earliest, 'Z'), latest, entry_id`, t.ID, t.ID).Scan(&lt.Items).Error
	if err != nil {
		return nil, fmt.Errorf("store: entries of timeline %q: %w", t.Slug, err)
	}
	if len(lt.Items) == 0 {
		return lt, nil
	}
	refs := make([]models.Ref, len(lt.Items))
	at := make(map[models.Ref]*models.TimelineItem, len(lt.Items))
	for i := range lt.Items {
		refs[i] = lt.Items[i].Ref()
		at[refs[i]] = &lt.Items[i]
	}
	citations, err := s.citationsOfTimeline(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	for _, c := range citations {
		if it, ok := at[c.Item()]; ok { // not a deleted item's
			it.Citations = append(it.Citations, c)
		}
	}
	relations, err := s.relationsOfTimeline(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	for _, r := range relations {
		for _, end := range []models.Ref{r.From(), r.To()} {
			if it, ok := at[end]; ok {
				it.Relations = append(it.Relations, r)
			}
		}
	}
	if err := s.attachTags(ctx, t.ID, at); err != nil {
		return nil, err
	}
	return lt, s.attachParticipants(ctx, t.ID, at)
}

// attachTags and attachParticipants select by the timeline rather than by a
// list of its items, which past 32,766 items would exceed SQLite's variables.
func (s *Store) attachTags(ctx context.Context, timelineID int64, at map[models.Ref]*models.TimelineItem) error {
	var rows []struct {
		ItemKind models.ItemKind
		ItemID   int64
		Name     string
	}
	err := s.r(ctx).Raw(`SELECT item_kind, item_id, name FROM tags
		WHERE (item_kind, item_id) IN (SELECT item_kind, item_id FROM timeline_entries WHERE timeline_id = ?)
		ORDER BY name`, timelineID).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("store: tags: %w", err)
	}
	for _, r := range rows {
		if it, ok := at[models.Ref{Kind: r.ItemKind, ID: r.ItemID}]; ok {
			it.Tags = append(it.Tags, r.Name)
		}
	}
	return nil
}

func (s *Store) attachParticipants(ctx context.Context, timelineID int64, at map[models.Ref]*models.TimelineItem) error {
	var rows []struct {
		models.Participant `gorm:"embedded"`
		Name               string
		ActorKind          models.ActorKind
	}
	err := s.r(ctx).Raw(`SELECT p.event_id, p.actor_id, p.role_word, a.name, a.kind AS actor_kind
		FROM event_participants p JOIN actors a ON a.id = p.actor_id
		WHERE p.event_id IN (SELECT item_id FROM timeline_entries WHERE timeline_id = ? AND item_kind = 'event')
		ORDER BY a.name`, timelineID).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("store: participants: %w", err)
	}
	for _, r := range rows {
		if it, ok := at[models.Ref{Kind: models.KindEvent, ID: r.EventID}]; ok {
			p := r.Participant
			p.Actor = &models.Actor{ID: r.ActorID, Name: r.Name, Kind: r.ActorKind}
			it.Participants = append(it.Participants, p)
		}
	}
	return nil
}
