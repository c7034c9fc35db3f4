package storage

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
)

// privateSuffixLen is the number of random characters: 36^8 ≈ 2.8 × 10^12.
const privateSuffixLen = 8

// maxSlug is the longest slug Validate accepts.
const maxSlug = 80

// withPrivateSuffix returns slug with a fresh random ending, shortened so the
// whole stays within maxSlug.
func withPrivateSuffix(slug string) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, privateSuffixLen)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("models: crypto/rand failed: %v", err)) // the system's random source never fails on Linux ≥ 3.17
	}
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	if keep := maxSlug - privateSuffixLen - 1; len(slug) > keep {
		slug = strings.TrimRight(slug[:keep], "-")
	}
	if slug == "" {
		return string(b)
	}
	return slug + "-" + string(b)
}

// privateSlug decides the slug a save stores: a new private timeline, or a
// private one whose slug is changed, gets a random ending when a signed-in
// user saves it. The operator (the command line, the system) reads every
// timeline anyway, so a restore or an import from the shell keeps its slug.
func (s *Store) privateSlug(ctx context.Context, t *models.Timeline) error {
	if !models.GetsPrivateSlug(ctx, t.Visibility) {
		return nil
	}
	if t.ID != 0 {
		var stored string
		err := s.r(ctx).Model(&models.Timeline{}).Unscoped().Where("id = ?", t.ID).Pluck("slug", &stored).Error
		if err != nil {
			return fmt.Errorf("store: slug of timeline %d: %w", t.ID, err)
		}
		if stored == t.Slug {
			return nil
		}
	}
	t.Slug = withPrivateSuffix(t.Slug)
	return nil
}
