package models

import (
	"time"
)

// TrashItem is one soft-deleted item.
type TrashItem struct {
	Entity    string    `json:"entity"`
	ID        int64     `json:"id"`
	Label     string    `json:"label"`
	DeletedAt time.Time `json:"deleted_at"`
}

// InUseError refuses to purge what other items still need; its message says
// what, and what to do.
type InUseError struct{ Message string }

func (e *InUseError) Error() string { return e.Message }
