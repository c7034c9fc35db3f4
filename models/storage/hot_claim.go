package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/factline/factline/models"
)

// claimColumns are a claim's columns (c) and its speaker's (a, NULL when it
// has none or the speaker is in the trash), as scanClaim reads them.
const claimColumns = `c.id, c.text, c.verbatim, c.speaker_id, c.said_on, c.said_on_earliest, c.said_on_latest,
	c.rating, c.rationale, c.created_at, c.updated_at, c.deleted_at, c.version,
	a.id, a.kind, a.name, a.aliases, a.description, a.wikidata_id, a.created_at, a.updated_at, a.deleted_at, a.version`

// claimSpeakerJoin joins a claim's live speaker, as gorm's Joins("Speaker") did.
func claimSpeakerJoin() string { return `LEFT JOIN actors a ON a.id = c.speaker_id AND ` + Live("a") }

// scanClaim reads claimColumns, then extra, into a claim with its speaker.
func scanClaim(rows *sql.Rows, extra ...any) (models.Claim, error) {
	var c models.Claim
	var (
		id                    sql.NullInt64
		kind, name, aliases   sql.NullString
		description, wikidata sql.NullString
		created, updated      sql.NullTime
		speaker               models.Actor
		version               sql.NullInt64
	)
	err := rows.Scan(append([]any{&c.ID, &c.Text, &c.Verbatim, &c.SpeakerID, &c.SaidOn, &c.SaidOnEarliest, &c.SaidOnLatest,
		&c.Rating, &c.Rationale, &c.CreatedAt, &c.UpdatedAt, &c.DeletedAt, &c.Version,
		&id, &kind, &name, &aliases, &description, &wikidata, &created, &updated, &speaker.DeletedAt, &version}, extra...)...)
	if err != nil || !id.Valid {
		return c, err
	}
	speaker.ID, speaker.Kind, speaker.Name, speaker.Aliases = id.Int64, models.ActorKind(kind.String), name.String, aliases.String
	speaker.Description, speaker.WikidataID = description.String, wikidata.String
	speaker.CreatedAt, speaker.UpdatedAt, speaker.Version = created.Time, updated.Time, int(version.Int64)
	c.Speaker = &speaker
	return c, nil
}

// GetClaim returns one claim with its speaker and tags, in one statement.
func (s *Store) GetClaim(ctx context.Context, id int64) (*models.Claim, error) {
	rows, err := s.query(ctx, `SELECT `+claimColumns+`,
			COALESCE((SELECT `+s.dialect.jsonArray("name")+` FROM (SELECT name FROM tags
				WHERE item_kind = 'claim' AND item_id = c.id ORDER BY name) t), '[]')
		FROM claims c `+claimSpeakerJoin()+`
		WHERE c.id = ? AND `+Live("c"), id)
	if err != nil {
		return nil, fmt.Errorf("store: get claim %d: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: get claim %d: %w", id, err)
		}
		return nil, fmt.Errorf("store: get claim %d: %w", id, ErrNotFound)
	}
	var tags string
	c, err := scanClaim(rows, &tags)
	if err == nil {
		err = json.Unmarshal([]byte(tags), &c.Tags)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get claim %d: %w", id, err)
	}
	return &c, rows.Close()
}

// claimsWhere returns the claims with their speakers (not their tags) that
// the statement's where and tail (ORDER BY, LIMIT) choose, c naming claims.
func (s *Store) claimsWhere(ctx context.Context, where, tail string, args ...any) ([]models.Claim, error) {
	rows, err := s.query(ctx, `SELECT `+claimColumns+` FROM claims c `+claimSpeakerJoin()+`
		WHERE (`+where+`) AND `+Live("c")+` `+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []models.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
