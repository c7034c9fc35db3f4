package storage

import (
	"context"
	"fmt"
)

// DataVersion is the counter that every write to what pages show bumps, in the
// write's own transaction (migration 00014's triggers). A cache of what was
// read or rendered at one version is right until it changes, for every
// instance on the same database; reading it is one lookup by primary key.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r(ctx).Raw("SELECT n FROM data_version WHERE id = 1").Row().Scan(&n); err != nil {
		return 0, fmt.Errorf("store: data version: %w", err)
	}
	return n, nil
}
