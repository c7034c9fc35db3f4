package accounts

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// CreateFirstAdmin creates the first admin, in one transaction with the check
// that there is none: of two setups at once, or a setup after `factline user
// add --role admin`, only the first admin is made.
func (s Accounts) CreateFirstAdmin(ctx context.Context, email, name, password string) (*models.User, error) {
	var u *models.User
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.Serialize(ctx, "first admin"); err != nil {
			return err
		}
		has, err := Of(tx).HasAdmin(ctx)
		if err != nil {
			return err
		}
		if has {
			return models.ErrAdminExists
		}
		u, err = Of(tx).CreateUser(ctx, email, name, models.RoleAdmin, password)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: first admin: %w", err)
	}
	return u, nil
}
