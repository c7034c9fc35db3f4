package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// CitationsOf returns the citations of the given claims and events, each with
// its source (text left out, deleted sources too), in one query.
func (s *Store) CitationsOf(ctx context.Context, refs []models.Ref) ([]models.Citation, error) {
	claims, events := splitRefs(refs)
	if len(claims)+len(events) == 0 {
		return nil, nil
	}
	return s.citations(ctx, "c.claim_id IN ? OR c.event_id IN ?", nonEmpty(claims), nonEmpty(events))
}

func (s *Store) citations(ctx context.Context, where string, args ...any) ([]models.Citation, error) {
	// Scanned by hand: on a long timeline this is the page's largest query, and
	// gorm's reflection took three times as long as SQLite.
	rows, err := s.query(ctx, `SELECT c.id, c.claim_id, c.event_id, c.source_id, c.quote, c.prefix, c.suffix,
			c.start_offset, c.end_offset, c.locator, c.note, c.orphaned, c.capture_id, c.created_at, c.updated_at,
			s.kind, s.url, s.title, s.publisher, s.author, s.published, s.live_state, `+InTrash("s")+`
		FROM citations c JOIN sources s ON s.id = c.source_id
		WHERE `+where+`
		ORDER BY c.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: citations: %w", err)
	}
	defer rows.Close()
	var out []models.Citation
	for rows.Next() {
		var c models.Citation
		src := &models.Source{}
		var deleted bool
		if err := rows.Scan(&c.ID, &c.ClaimID, &c.EventID, &c.SourceID, &c.Quote, &c.Prefix, &c.Suffix,
			&c.StartOffset, &c.EndOffset, &c.Locator, &c.Note, &c.Orphaned, &c.CaptureID, &c.CreatedAt, &c.UpdatedAt,
			&src.Kind, &src.URL, &src.Title, &src.Publisher, &src.Author, &src.Published, &src.LiveState, &deleted); err != nil {
			return nil, fmt.Errorf("store: citations: %w", err)
		}
		src.ID, src.DeletedAt.Valid = c.SourceID, deleted
		c.Source = src
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: citations: %w", err)
	}
	return out, nil
}

// ReadableCitationsOfSource returns the citations of a source whose claim or
// event the viewer may read, in text order: at most limit after the first
// offset.
func (r Reader) ReadableCitationsOfSource(ctx context.Context, sourceID int64, limit, offset int) ([]models.Citation, error) {
	var out []models.Citation
	err := r.s.r(ctx).Where("source_id = ?", sourceID).
		Where(r.v.readable("CASE WHEN claim_id IS NULL THEN 'event' ELSE 'claim' END", "COALESCE(claim_id, event_id)")).
		Order("start_offset IS NULL, start_offset, id").Limit(limit).Offset(offset).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: citations of source %d: %w", sourceID, err)
	}
	return out, nil
}

// CitationsOfSource returns every citation of a source, in text order.
func (s *Store) CitationsOfSource(ctx context.Context, sourceID int64) ([]models.Citation, error) {
	return s.citationsOfSource(ctx, sourceID, "1 = 1")
}

func (s *Store) citationsOfSource(ctx context.Context, sourceID int64, cond string) ([]models.Citation, error) {
	var out []models.Citation
	if err := s.r(ctx).Where("source_id = ?", sourceID).Where(cond).
		Order("start_offset IS NULL, start_offset, id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: citations of source %d: %w", sourceID, err)
	}
	return out, nil
}

// SaveCitation anchors the quote in the source's text and stores the citation. A
// quote that is not in a source with text is refused.
func (s *Store) SaveCitation(ctx context.Context, c *models.Citation) error {
	fe := c.Validate()
	var src *models.Source
	if c.SourceID != 0 {
		var err error
		if src, err = s.GetSource(ctx, c.SourceID); err != nil {
			fe.Add("source_id", "That source does not exist.")
		}
	}
	if item := c.Item(); item.ID == 0 {
		fe.Add("item", "A citation belongs to a claim or an event.")
	}
	if len(fe) > 0 {
		return fe
	}
	if c.Quote != "" && src.Text != "" {
		start, end, prefix, suffix, ok := anchorQuote(src.Text, &c.Quote, c.StartOffset)
		if !ok {
			return models.FieldErrors{"quote": "This passage is not in the source's text. Copy it exactly from the source."}
		}
		c.StartOffset, c.EndOffset, c.Prefix, c.Suffix = &start, &end, prefix, suffix
		if err := s.locatePDFCitation(ctx, c); err != nil {
			return err
		}
	}
	c.Source = nil
	if c.ID == 0 {
		// The passage comes from the text of the capture the source has now;
		// a later re-capture does not move it.
		if err := s.r(ctx).Raw("SELECT max(id) FROM captures WHERE source_id = ?", c.SourceID).Scan(&c.CaptureID).Error; err != nil {
			return fmt.Errorf("store: save citation: newest capture of source %d: %w", c.SourceID, err)
		}
	}
	if err := s.save(ctx, c, nil); err != nil {
		return fmt.Errorf("store: save citation: %w", err)
	}
	return nil
}

// DeleteCitation removes a citation from its claim or event.
func (s *Store) DeleteCitation(ctx context.Context, id int64) error {
	return s.hardDelete(ctx, &models.Citation{}, id, "")
}

// GetCitation returns one citation.
func (s *Store) GetCitation(ctx context.Context, id int64) (*models.Citation, error) {
	var c models.Citation
	if err := s.r(ctx).First(&c, id).Error; err != nil {
		return nil, fmt.Errorf("store: get citation %d: %w", id, NotFound(err))
	}
	return &c, nil
}

func splitRefs(refs []models.Ref) (claims, events []int64) {
	for _, r := range refs {
		switch r.Kind {
		case models.KindClaim:
			claims = append(claims, r.ID)
		case models.KindEvent:
			events = append(events, r.ID)
		}
	}
	return claims, events
}

// nonEmpty keeps "IN ?" valid SQL for an empty list: no id is 0.
func nonEmpty(ids []int64) []int64 {
	if len(ids) == 0 {
		return []int64{0}
	}
	return ids
}
