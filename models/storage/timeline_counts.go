package storage

import (
	"context"
	"fmt"
	"strconv"

	"github.com/factline/factline/models"
)

// TimelineCounts is what a timeline page shows of the whole timeline: its
// length, rated claims and entries by year (every entry shown), and its
// facets, read from the counts that triggers keep as the timeline is written
// (timeline_counts, migration 00022): a few rows, whatever its length.
func (s *Store) TimelineCounts(ctx context.Context, timelineID int64) (models.TimelineSummary, models.Facets, error) {
	// Actors by name, as the filter form lists them; the other facets by key,
	// in byte order (years as their sort keys go).
	rows, err := s.r(ctx).Raw(`SELECT c.facet, c.key, c.entries, c.rated, COALESCE(a.name, '') FROM timeline_counts c
		LEFT JOIN actors a ON c.facet = 'actor' AND a.id = CASE WHEN c.facet = 'actor' THEN CAST(c.key AS BIGINT) END
		WHERE c.timeline_id = ? AND c.entries > 0
		ORDER BY c.facet, a.name, c.key`, timelineID).Rows()
	if err != nil {
		return models.TimelineSummary{}, models.Facets{}, fmt.Errorf("store: counts of timeline %d: %w", timelineID, err)
	}
	defer rows.Close()
	var sum models.TimelineSummary
	var f models.Facets
	for rows.Next() {
		var facet, key, name string
		var entries, rated int
		if err := rows.Scan(&facet, &key, &entries, &rated, &name); err != nil {
			return models.TimelineSummary{}, models.Facets{}, fmt.Errorf("store: counts of timeline %d: %w", timelineID, err)
		}
		switch facet {
		case "year":
			sum.Years = append(sum.Years, yearCount(key, entries))
			sum.Total, sum.RatedClaims = sum.Total+entries, sum.RatedClaims+rated
		case "actor":
			id, err := strconv.ParseInt(key, 10, 64)
			if err != nil || name == "" {
				continue // not an actor stored: nobody to filter by
			}
			f.Actors = append(f.Actors, models.Actor{ID: id, Name: name})
		case "tag":
			f.Tags = append(f.Tags, key)
		case "lane":
			f.Lanes = append(f.Lanes, key)
		}
	}
	if err := rows.Err(); err != nil {
		return models.TimelineSummary{}, models.Facets{}, fmt.Errorf("store: counts of timeline %d: %w", timelineID, err)
	}
	sum.Shown = sum.Total
	return sum, f, nil
}

// TimelineFacets are the actors, tags and lanes of a timeline's entries,
// sorted by name, from its counts.
func (s *Store) TimelineFacets(ctx context.Context, timelineID int64) (models.Facets, error) {
	_, f, err := s.TimelineCounts(ctx, timelineID)
	return f, err
}
