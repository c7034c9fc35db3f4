package models

import (
	"context"
	"encoding/json"
	"time"
)

// Revision is one change of one entity: who, when, and the row before and after
// as JSON (before is empty for a create, after for a delete).
type Revision struct {
	ID        int64           `json:"id"`
	Entity    string          `json:"entity"`
	EntityID  int64           `json:"entity_id"`
	UserID    *int64          `json:"user_id"`
	UserName  string          `gorm:"->;-:migration" json:"user_name"`
	Action    string          `json:"action"`
	Before    json.RawMessage `json:"before"`
	After     json.RawMessage `json:"after"`
	CreatedAt time.Time       `json:"created_at"`
}

type userKey struct{}

// WithUser returns a context whose writes are recorded as made by the user.
func WithUser(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

type systemKey struct{}

// AsSystem returns a context that sees everything, for the command line.
func AsSystem(ctx context.Context) context.Context {
	return context.WithValue(ctx, systemKey{}, true)
}

// IsSystem reports whether ctx was made by AsSystem: it sees everything.
func IsSystem(ctx context.Context) bool {
	sys, _ := ctx.Value(systemKey{}).(bool)
	return sys
}

// UserFrom returns the signed-in user of ctx, or nil.
func UserFrom(ctx context.Context) *User {
	u, _ := ctx.Value(userKey{}).(*User)
	return u
}
