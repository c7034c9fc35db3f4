package models

import (
	"errors"
	"time"

	"gorm.io/gorm"
)

// The roles of ARCHITECTURE.md §5: admins manage users and settings, editors create and
// edit, viewers read team material.
const (
	RoleAdmin  = "admin"
	RoleEditor = "editor"
	RoleViewer = "viewer"
)

// User is a person who signs in.
type User struct {
	ID           int64          `json:"id"`
	Email        string         `json:"email"`
	Name         string         `json:"name"`
	PasswordHash string         `json:"-"`
	Role         string         `json:"role"`
	CreatedAt    time.Time      `json:"created_at"`
	UpdatedAt    time.Time      `json:"updated_at"`
	DeletedAt    gorm.DeletedAt `json:"-"`
}

// CanEdit reports whether the user may create and edit team material.
func (u *User) CanEdit() bool { return u != nil && (u.Role == RoleEditor || u.Role == RoleAdmin) }

// IsAdmin reports whether the user is an admin.
func (u *User) IsAdmin() bool { return u != nil && u.Role == RoleAdmin }

// ErrBadCredentials is returned for a wrong password and an unknown email alike.
var ErrBadCredentials = errors.New("wrong email or password")

// ErrAdminExists refuses to set up a first admin once any admin exists.
var ErrAdminExists = errors.New("an admin exists already")

// LimitKey is one counter of the sign-in limiter (an account at an address,
// or an address) and how many attempts it allows within the window.
type LimitKey struct {
	Key string
	Max int
}

// UserSession is one signed-in browser of a user; Token is the session
// manager's key into the sessions table and never leaves the server.
type UserSession struct {
	ID        int64     `json:"id"`
	Token     string    `json:"-"`
	UserID    int64     `json:"user_id"`
	UserAgent string    `json:"user_agent"`
	Address   string    `json:"address"`
	CreatedAt time.Time `json:"created_at"`
}

// APITokenPrefix starts every personal API token, so that a leaked one is easy
// to recognise in logs and by secret scanners.
const APITokenPrefix = "fl_"

// APIToken is a personal token that lets a user's scripts call the API as the
// user; only its hash is kept.
type APIToken struct {
	ID         int64      `json:"id"`
	UserID     int64      `json:"user_id"`
	Name       string     `json:"name"`
	TokenHash  string     `json:"-"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}
