package sharing

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// SetCollaborator names a user as viewer or editor of a timeline ("" removes them).
func (s Sharing) SetCollaborator(ctx context.Context, timelineID, userID int64, permission string) error {
	if permission != "" && permission != "viewer" && permission != "editor" {
		return models.FieldErrors{"permission": "Choose viewer or editor."}
	}
	var err error
	if permission == "" {
		err = s.Writer(ctx).Exec("DELETE FROM timeline_collaborators WHERE timeline_id = ? AND user_id = ?", timelineID, userID).Error
	} else {
		err = s.Writer(ctx).Exec(`INSERT INTO timeline_collaborators (timeline_id, user_id, permission) VALUES (?, ?, ?)
			ON CONFLICT (timeline_id, user_id) DO UPDATE SET permission = excluded.permission`, timelineID, userID, permission).Error
	}
	if err != nil {
		return fmt.Errorf("store: collaborator %d on %d: %w", userID, timelineID, err)
	}
	return nil
}

// Collaborators returns the users named on a timeline.
func (s Sharing) Collaborators(ctx context.Context, timelineID int64) ([]models.Collaborator, error) {
	var out []models.Collaborator
	err := s.Reader(ctx).Raw(`SELECT c.user_id, u.name, u.email, c.permission FROM timeline_collaborators c
		JOIN users u ON u.id = c.user_id WHERE c.timeline_id = ? ORDER BY u.name`, timelineID).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("store: collaborators of %d: %w", timelineID, err)
	}
	return out, nil
}
