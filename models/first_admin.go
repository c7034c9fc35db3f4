package models

import (
	"context"
	"errors"
	"fmt"
)

// ErrAdminExists refuses to set up a first admin once any admin exists.
var ErrAdminExists = errors.New("an admin exists already")

// CreateFirstAdmin creates the first admin, in one transaction with the check
// that there is none: of two setups at once, or a setup after `factline user
// add --role admin`, only the first admin is made.
func (s *Store) CreateFirstAdmin(ctx context.Context, email, name, password string) (*User, error) {
	var u *User
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.serialize(ctx, "first admin"); err != nil {
			return err
		}
		has, err := tx.HasAdmin(ctx)
		if err != nil {
			return err
		}
		if has {
			return ErrAdminExists
		}
		u, err = tx.CreateUser(ctx, email, name, RoleAdmin, password)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: first admin: %w", err)
	}
	return u, nil
}
