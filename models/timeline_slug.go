package models

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"
)

// Timeline addresses are one namespace for everyone, so a slug that is taken
// would tell any signed-in user that a timeline with that address exists, even
// a private one they cannot read. A private timeline's address therefore ends
// in a random part chosen when it is made (or when its slug is changed while
// it is private): nobody can guess it, so nobody's chosen slug collides with
// it. Publishing keeps the address; its owner may rename it then. Private
// timelines made before this rule keep the slugs they have.

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
func (s *Store) privateSlug(ctx context.Context, t *Timeline) error {
	if !GetsPrivateSlug(ctx, t.Visibility) {
		return nil
	}
	if t.ID != 0 {
		var stored string
		err := s.r(ctx).Model(&Timeline{}).Unscoped().Where("id = ?", t.ID).Pluck("slug", &stored).Error
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

// GetsPrivateSlug reports whether a timeline of this visibility, saved by the
// viewer of ctx, gets a random ending on its slug.
func GetsPrivateSlug(ctx context.Context, visibility string) bool {
	return (visibility == "private" || visibility == "") && UserFrom(ctx) != nil && !isSystem(ctx)
}
