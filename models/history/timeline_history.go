package history

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/factline/factline/models"
)

// TimelineHistoryStart is the first revision of a timeline's history that a
// viewer may read who reads the timeline only while its visibility is one of
// these (a visitor: public; a share link's holder: unlisted or public; a team
// member who is not named on it: all but private): what was written while it
// was hidden from them stays hidden, before and after values alike. So the
// history starts after the change that last made the timeline readable to
// them, or at its creation when it has been readable since. Revisions made
// before notBefore (a share link's making) are not read either.
func (s History) TimelineHistoryStart(ctx context.Context, timelineID int64, notBefore time.Time, visibilities ...string) (int64, error) {
	readable := map[string]bool{}
	for _, v := range visibilities {
		readable[v] = true
	}
	var revs []models.Revision
	err := s.Reader(ctx).Omit("user_name").Select("id", "before", "after", "created_at").
		Where("entity = 'timeline' AND entity_id = ?", timelineID).Order("id").Find(&revs).Error
	if err != nil {
		return 0, fmt.Errorf("store: history start of timeline %d: %w", timelineID, err)
	}
	start, open, first := int64(0), false, true
	for _, r := range revs {
		var row struct {
			Visibility *string `json:"visibility"`
		}
		if len(r.After) == 0 || json.Unmarshal(r.After, &row) != nil || row.Visibility == nil {
			continue // an entry's change, a publication, a delete
		}
		switch {
		case readable[*row.Visibility] && !open && first:
			start, open = r.ID, true
		case readable[*row.Visibility] && !open:
			start, open = r.ID+1, true
		case !readable[*row.Visibility]:
			open = false
		}
		first = false
	}
	if open {
		for _, r := range revs {
			if r.ID >= start && !r.CreatedAt.Before(notBefore) {
				return r.ID, nil
			}
		}
	}
	// Nothing yet, or no record of when it became readable: nothing.
	var last int64
	if err := s.Reader(ctx).Raw("SELECT COALESCE(max(id), 0) FROM revisions").Scan(&last).Error; err != nil {
		return 0, fmt.Errorf("store: history start of timeline %d: %w", timelineID, err)
	}
	return last + 1, nil
}
