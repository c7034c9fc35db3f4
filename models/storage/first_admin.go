package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// CreateFirstAdmin creates the first admin, in one transaction with the check
// that there is none: of two setups at once, or a setup after `factline user
// add --role admin`, only the first admin is made.
func (s *Store) CreateFirstAdmin(ctx context.Context, email, name, password string) (*models.User, error) {
	var u *models.User
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.dialect.serialize(tx.w(ctx), "first admin"); err != nil {
			return err
		}
		has, err := tx.HasAdmin(ctx)
		if err != nil {
			return err
		}
		if has {
			return models.ErrAdminExists
		}
		u, err = tx.CreateUser(ctx, email, name, models.RoleAdmin, password)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: first admin: %w", err)
	}
	return u, nil
}
