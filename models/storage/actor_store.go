package storage

import (
	"context"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
)

// ListActors returns actors by name, filtered by a name prefix when q is set.
func (s *Store) ListActors(ctx context.Context, q string, limit int) ([]models.Actor, error) {
	var out []models.Actor
	db := s.r(ctx).Order(s.dialect.nocase("name")).Limit(limit)
	if q = strings.TrimSpace(q); q != "" {
		like := "%" + escapeLike(q) + "%"
		db = db.Where("name "+s.dialect.ilike()+" ? ESCAPE '\\' OR aliases "+s.dialect.ilike()+" ? ESCAPE '\\'", like, like)
	}
	if err := db.Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: list actors: %w", err)
	}
	return out, nil
}

// GetActor returns one actor with its roles, oldest first.
func (s *Store) GetActor(ctx context.Context, id int64) (*models.Actor, error) {
	var a models.Actor
	if err := s.r(ctx).First(&a, id).Error; err != nil {
		return nil, fmt.Errorf("store: get actor %d: %w", id, NotFound(err))
	}
	if err := s.r(ctx).Preload("Organisation").Where("actor_id = ?", id).
		Order("period_earliest IS NULL, period_earliest, id").Find(&a.Roles).Error; err != nil {
		return nil, fmt.Errorf("store: roles of actor %d: %w", id, err)
	}
	return &a, nil
}

// FindActorByName returns the actor whose name or an alias is name, ignoring case.
func (s *Store) FindActorByName(ctx context.Context, name string) (*models.Actor, error) {
	name = strings.TrimSpace(name)
	var candidates []models.Actor
	like := "%" + escapeLike(name) + "%"
	if err := s.r(ctx).Where(s.dialect.nocase("name")+" = "+s.dialect.nocase("?")+" OR aliases "+s.dialect.ilike()+" ? ESCAPE '\\'", name, like).
		Order("id").Find(&candidates).Error; err != nil {
		return nil, fmt.Errorf("store: find actor %q: %w", name, err)
	}
	for _, a := range candidates {
		if strings.EqualFold(a.Name, name) {
			return &a, nil
		}
	}
	for _, a := range candidates {
		for _, alias := range a.AliasList() {
			if strings.EqualFold(alias, name) {
				return &a, nil
			}
		}
	}
	return nil, fmt.Errorf("store: find actor %q: %w", name, ErrNotFound)
}

// SaveActor creates the actor, or updates it when it has an id.
func (s *Store) SaveActor(ctx context.Context, a *models.Actor) error {
	if fe := a.Validate(); len(fe) > 0 {
		return fe
	}
	if err := s.save(ctx, a, nil); err != nil {
		return fmt.Errorf("store: save actor %d: %w", a.ID, err)
	}
	return nil
}

// DeleteActor soft-deletes an actor; it stays as speaker of its claims.
func (s *Store) DeleteActor(ctx context.Context, id int64) error {
	return s.softDelete(ctx, &models.Actor{}, id)
}

// SaveRole adds or updates a role of an actor.
func (s *Store) SaveRole(ctx context.Context, r *models.Role) error {
	fe := models.FieldErrors{}
	r.Title = strings.TrimSpace(r.Title)
	models.Required(fe, "title", r.Title, "A title")
	models.RefuseInNames(fe, map[string]string{"title": r.Title})
	if r.OrganisationID != nil {
		if err := s.exists(ctx, &models.Actor{}, *r.OrganisationID); err != nil {
			fe.Add("organisation", "No such organisation.")
		}
	}
	if len(fe) > 0 {
		return fe
	}
	if err := s.save(ctx, r, nil); err != nil {
		return fmt.Errorf("store: save role: %w", err)
	}
	return nil
}

// DeleteRole removes a role from its actor.
func (s *Store) DeleteRole(ctx context.Context, actorID, roleID int64) error {
	return s.hardDelete(ctx, &models.Role{}, roleID, "actor_id = ?", actorID)
}

func (s *Store) exists(ctx context.Context, model any, id int64) error {
	var n int64
	if err := s.r(ctx).Model(model).Where("id = ?", id).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
