package models

import (
	"errors"
)

// ErrConflict is returned when a row changed since the form it is saved from was
// read: the save is refused so that nothing is silently overwritten.
var ErrConflict = errors.New("changed by someone else since it was read")

// EntityName, RowID and RowVersion let storage.Store save an Actor with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (a *Actor) EntityName() string { return "actor" }

func (a *Actor) RowID() int64 { return a.ID }

func (a *Actor) RowVersion() *int { return &a.Version }

// EntityName, RowID and RowVersion let storage.Store save a Source with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (s *Source) EntityName() string { return "source" }

func (s *Source) RowID() int64 { return s.ID }

func (s *Source) RowVersion() *int { return &s.Version }

// EntityName, RowID and RowVersion let storage.Store save a Claim with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (c *Claim) EntityName() string { return "claim" }

func (c *Claim) RowID() int64 { return c.ID }

func (c *Claim) RowVersion() *int { return &c.Version }

// EntityName, RowID and RowVersion let storage.Store save an Event with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (e *Event) EntityName() string { return "event" }

func (e *Event) RowID() int64 { return e.ID }

func (e *Event) RowVersion() *int { return &e.Version }

// EntityName, RowID and RowVersion let storage.Store save a Timeline with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (t *Timeline) EntityName() string { return "timeline" }

func (t *Timeline) RowID() int64 { return t.ID }

func (t *Timeline) RowVersion() *int { return &t.Version }

// EntityName, RowID and RowVersion let storage.Store save a Role with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (r *Role) EntityName() string { return "role" }

func (r *Role) RowID() int64 { return r.ID }

// EntityName, RowID and RowVersion let storage.Store save a Citation with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (c *Citation) EntityName() string { return "citation" }

func (c *Citation) RowID() int64 { return c.ID }

// EntityName, RowID and RowVersion let storage.Store save a Relation with its history:
// the name its revisions carry, its row and (where it has one) its version counter.
func (r *Relation) EntityName() string { return "relation" }

func (r *Relation) RowID() int64 { return r.ID }
