package models

import (
	"time"
)

// ShareLink is a read-only link to an unlisted or public timeline, or to one of
// its published versions; only its token's hash is kept.
type ShareLink struct {
	ID          int64      `json:"id"`
	TimelineID  int64      `json:"timeline_id"`
	TokenHash   string     `json:"-"`
	Version     *int       `json:"version"`      // nil: the living timeline
	ShowHistory bool       `json:"show_history"` // its holder may read the timeline's history
	CreatedBy   *int64     `json:"created_by"`
	CreatedAt   time.Time  `json:"created_at"`
	LastUsedAt  *time.Time `json:"last_used_at"`
	RevokedAt   *time.Time `json:"revoked_at"`
}

// Collaborator is a user named on a timeline.
type Collaborator struct {
	UserID     int64  `json:"user_id"`
	Name       string `json:"name"`
	Email      string `json:"email"`
	Permission string `json:"permission"`
}
