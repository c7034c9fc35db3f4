package storage

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/factline/factline/migrations"
	"github.com/factline/factline/models"
)

// postgresConns is the size of the one pool a PostgreSQL Store reads and
// writes through: PostgreSQL lets writers work side by side, so nothing needs
// a connection of its own.
const postgresConns = 16

// openPostgres opens the PostgreSQL database at dsn (postgres://…) through
// pgx. It does not migrate: call Migrate.
func openPostgres(dsn string, opt Options) (*Store, error) {
	if opt.Logger == nil {
		opt.Logger = logger.Discard
	}
	if opt.SearchDeadline <= 0 {
		opt.SearchDeadline = 2 * time.Second
	}
	db, err := openDialector(postgres.Open(dsn), postgresConns, opt.Logger, true)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", redactDSN(dsn), err)
	}
	s := &Store{write: db, read: db, dialect: postgresDialect{}, searchDeadline: opt.SearchDeadline}
	sqlDB, err := db.DB()
	if err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("store: open %s: %w", redactDSN(dsn), err)
	}
	s.prepared = newPrepared(sqlDB, s.dialect, opt.Logger)
	if err := s.read.Exec("SELECT 1").Error; err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("store: open %s: %w", redactDSN(dsn), err)
	}
	return s, nil
}

// migrations is goose's Provider for the PostgreSQL tree, holding a
// session advisory lock while it migrates, so that instances starting at once
// migrate one after the other. The lock is per schema, so that databases in
// different schemas (the tests') migrate side by side.
func (postgresDialect) migrations(ctx context.Context, db *sql.DB) (*goose.Provider, error) {
	var schema string
	if err := db.QueryRowContext(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		return nil, err
	}
	h := fnv.New64a()
	h.Write([]byte("factline migrations " + schema))
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64() >> 1)))
	if err != nil {
		return nil, err
	}
	tree, err := fs.Sub(migrations.PostgresFS, "postgres")
	if err != nil {
		return nil, err
	}
	return goose.NewProvider(goose.DialectPostgres, db, tree, goose.WithSessionLocker(locker))
}

// searchPostgres is Search on PostgreSQL: the terms become a tsquery of the
// factline configuration (lower case, accents removed), ranked by ts_rank with
// a title match weighing ten times one in the body, with snippets from
// ts_headline. A word or phrase reaches PostgreSQL as plain text
// (phraseto_tsquery reads no operators); a prefix term is cut into its runs
// of letters and digits, each written as a quoted lexeme, so that nothing the
// user types is read as tsquery syntax.
func (s *Store) searchPostgres(ctx context.Context, terms []searchTerm, kind string, limit int) ([]SearchHit, error) {
	query, qargs := tsquery(terms)
	return s.searchTSQuery(ctx, query, qargs, fmt.Sprint(terms), kind, limit)
}

// pgSearchSpans are the widths, in search ids (eight an item), of the newest
// windows of a PostgreSQL search; past them one last window holds all older
// matches. The GIN index hands out matches in no useful order, and ranking
// every match of a common word (ts_rank reads each one's words from the table)
// took hundreds of milliseconds over a million claims; a window costs what its
// matches cost, and the first holds enough of a common word's. A window is
// found by intersecting the index's matches with a range of the primary key,
// whose cost grows with the range: the last window reads the rest of the
// matches, which for a term that needed it are few, without the range,
// unless the hits found so far say where the missing ones should be.
var pgSearchSpans = []int64{8 * 16_384, 8 * 131_072}

// pgVisitorSpans replace pgSearchSpans for a viewer who is not signed in
// (a visitor, a share link's holder), who may read few of the matches: one
// window as wide as both, which such a search would read anyway, costs one
// index scan and one visibility set less.
var pgVisitorSpans = []int64{pgSearchSpans[0] + pgSearchSpans[1]}

// searchTSQuery runs the search of the tsquery expression query (with its
// arguments); match names it in errors. As on SQLite, the matches are ranked
// a window of the newest at a time (rankWindowPostgres) until limit hits are
// found; past the deadline it returns the hits found so far with
// ErrSearchTimeout.
func (s *Store) searchTSQuery(ctx context.Context, query string, qargs []any, match, kind string, limit int) ([]SearchHit, error) {
	if query == "" {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.searchDeadline)
	defer cancel()
	var top int64
	if err := s.r(ctx).Raw("SELECT COALESCE(MAX(id), 0) + 1 FROM search_index").Scan(&top).Error; err != nil {
		return nil, searchFailed(ctx, match, err)
	}
	spans := pgSearchSpans
	if !models.IsSystem(ctx) && models.UserFrom(ctx) == nil {
		spans = pgVisitorSpans
	}
	var out []SearchHit
	for i, below := 0, top; below > 0 && len(out) < limit; i++ {
		lowest := pgWindowFloor(spans, i, top, below, len(out), limit)
		hits, err := s.rankWindowPostgres(ctx, query, qargs, match, kind, lowest, below, limit-len(out))
		out = append(out, hits...)
		if err != nil {
			return out, err
		}
		below = lowest
	}
	return out, nil
}

// pgWindowFloor is the lowest search id of the i-th window of a PostgreSQL
// search whose windows so far covered the ids from below to top (excluded)
// and found found of the limit hits wanted: the fixed spans first,
// then 0 (all older matches) unless the hits so far say where the missing ones
// should be — then a window as wide as should hold twice the hits still
// wanted, at the rate they came so far, while that is less than half of what
// is left: a visitor, who may read few of the matches, then ranks a few
// thousand more rather than all.
func pgWindowFloor(spans []int64, i int, top, below int64, found, limit int) int64 {
	if i < len(spans) {
		return max(below-spans[i], 0)
	}
	if found == 0 {
		return 0
	}
	span := max(2*int64(limit-found)*(top-below)/int64(found), pgSearchSpans[0])
	if span < below/2 {
		return below - span
	}
	return 0
}

// rankWindowPostgres returns the best hits, of those with a search id from
// lowest to below (excluded), that the viewer of ctx may read, up to limit:
// the window's matches are ranked first (ts_rank, a title match weighing ten
// times one in the body), then read best first and checked for visibility
// one by one until limit pass, as FTS5 hands out its matches on SQLite, and
// only those get their permalink and snippets.
func (s *Store) rankWindowPostgres(ctx context.Context, query string, qargs []any, match, kind string, lowest, below int64, limit int) ([]SearchHit, error) {
	visible, vargs := visibleHit(ctx, "h")
	window := "h.id >= ? AND h.id < ?"
	if lowest == 0 { // not through the primary key: a filter on the matches read
		window = "h.id + 0 >= ? AND h.id + 0 < ?"
	}
	args := append(append([]any{}, qargs...), lowest, below, kind, kind)
	args = append(append(args, vargs...), limit)
	opts := "StartSel=" + HitStart + ", StopSel=" + HitEnd
	// ranked is materialized in rank order and read in that order, so the
	// visibility condition runs for the rows read until the limit, not for
	// every match; n keeps that order through the join for the snippets.
	rows, err := s.r(ctx).Raw(`WITH q AS (SELECT `+query+` AS q),
		ranked AS MATERIALIZED (SELECT h.id, h.kind, h.item_id FROM search_index h, q
			WHERE h.words @@ q.q AND `+window+` AND (? = '' OR h.kind = ?)
			ORDER BY ts_rank('{0, 0, 0.1, 1}', h.words, q.q) DESC, h.id DESC),
		hits AS MATERIALIZED (SELECT h.id, row_number() OVER () AS n FROM ranked h WHERE `+visible+` LIMIT ?)
		SELECT h.kind, h.item_id,
			CASE h.kind WHEN 'timeline' THEN '/timelines/' || (SELECT slug FROM timelines WHERE id = h.item_id)
				ELSE '/' || h.kind || 's/' || h.item_id END AS path,
			ts_headline('factline', h.title, q.q, '`+opts+`, HighlightAll=true') AS title,
			ts_headline('factline', h.body, q.q, '`+opts+`, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…') AS snippet
		FROM hits JOIN search_index h ON h.id = hits.id, q
		ORDER BY hits.n`, args...).Rows()
	return scanHits(ctx, match, rows, err)
}

// tsquery is an SQL expression, with its arguments, for the tsquery that
// matches every term: "" when no term has a lexeme.
func tsquery(terms []searchTerm) (string, []any) {
	var parts []string
	var args []any
	for _, t := range terms {
		if !t.prefix {
			parts = append(parts, "phraseto_tsquery('factline', ?)")
			args = append(args, t.text)
			continue
		}
		var lexemes []string
		for _, w := range strings.FieldsFunc(t.text, func(r rune) bool { return !isWordRune(r) }) {
			lexemes = append(lexemes, "'"+w+"'")
		}
		if len(lexemes) == 0 {
			continue
		}
		parts = append(parts, "to_tsquery('factline', ?)")
		args = append(args, strings.Join(lexemes, " <-> ")+":*")
	}
	return strings.Join(parts, " && "), args
}

// anyWordTSQuery is a tsquery expression, with its argument, matching any of
// words (in the title alone when titleOnly): each word cut into runs of letters
// and digits written as quoted lexemes, so no word is read as syntax; "" when
// none has a lexeme.
func anyWordTSQuery(words []string, titleOnly bool) (string, []any) {
	var lexemes []string
	for _, w := range words {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return !isWordRune(r) }) {
			l := "'" + part + "'"
			if titleOnly {
				l += ":A"
			}
			lexemes = append(lexemes, l)
		}
	}
	if len(lexemes) == 0 {
		return "", nil
	}
	return "to_tsquery('factline', ?)", []any{strings.Join(lexemes, " | ")}
}

// postgresDialect is PostgreSQL's side of the dialect (dialect.go).
type postgresDialect struct{}

func (postgresDialect) engine() Engine { return Postgres }

func (postgresDialect) jsonArray(expr string) string   { return "json_agg(" + expr + ")" }
func (postgresDialect) jsonObject(pairs string) string { return "json_build_object(" + pairs + ")" }
func (postgresDialect) jsonBool(expr string) string    { return "(" + expr + ")" }
func (postgresDialect) nocase(expr string) string      { return "lower(" + expr + ")" }
func (postgresDialect) ilike() string                  { return "ILIKE" }

// bindVars numbers the placeholders, $1, $2…: the Store's own statements
// contain no ? but placeholders.
func (postgresDialect) bindVars(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sessionLive: scs keeps the expiry as a timestamptz on PostgreSQL.
func (postgresDialect) sessionLive() string { return "now() < expiry" }

// serialize takes a transaction-scoped advisory lock.
func (postgresDialect) serialize(db *gorm.DB, name string) error {
	if err := db.Exec("SELECT pg_advisory_xact_lock(hashtext(?))", "factline "+name).Error; err != nil {
		return fmt.Errorf("store: lock %s: %w", name, err)
	}
	return nil
}

// backup is refused: PostgreSQL's own tools copy a database that is in use.
func (postgresDialect) backup(*gorm.DB, string) error { return ErrBackupPostgres }

func (postgresDialect) tablesQuery() string {
	return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
}

func (postgresDialect) columnsQuery() string {
	return `SELECT column_name AS name, lower(data_type) AS type FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'`
}

func (postgresDialect) generatedQuery() string {
	return `SELECT column_name FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? AND is_generated <> 'NEVER'`
}

// bytesColumn: PostgreSQL keeps bytes in bytea columns alone.
func (postgresDialect) bytesColumn(typ string) bool { return typ == "bytea" }

// restartIDs moves the identity sequences past the ids copied in, so that the
// next row gets a new one.
func (postgresDialect) restartIDs(ctx context.Context, s *Store, tables []string) error {
	for _, t := range tables {
		cols, err := s.ColumnTypes(ctx, t)
		if err != nil {
			return fmt.Errorf("copy: columns of %s: %w", t, err)
		}
		if _, ok := cols["id"]; !ok {
			continue
		}
		var seq sql.NullString
		if err := s.r(ctx).Raw("SELECT pg_get_serial_sequence(?, 'id')", t).Scan(&seq).Error; err != nil {
			return fmt.Errorf("copy: sequence of %s: %w", t, err)
		}
		if !seq.Valid || seq.String == "" {
			continue
		}
		if err := s.w(ctx).Exec("SELECT setval(?, COALESCE((SELECT max(id) FROM "+t+"), 0) + 1, false)", seq.String).Error; err != nil {
			return fmt.Errorf("copy: restart ids of %s: %w", t, err)
		}
	}
	return nil
}

func (postgresDialect) search(ctx context.Context, s *Store, q string, typing bool, kind string, limit int) ([]SearchHit, error) {
	return s.searchPostgres(ctx, parseQuery(q, typing), kind, limit)
}

func (postgresDialect) searchAnyWord(ctx context.Context, s *Store, words []string, titleOnly bool, kind string, limit int) ([]SearchHit, error) {
	query, args := anyWordTSQuery(words, titleOnly)
	return s.searchTSQuery(ctx, query, args, strings.Join(words, " | "), kind, limit)
}

func (postgresDialect) actorsWithAnyWord(ctx context.Context, s *Store, words []string) ([]int64, error) {
	query, args := anyWordTSQuery(words, false)
	if query == "" {
		return nil, nil
	}
	var ids []int64
	err := s.r(ctx).Raw(`SELECT item_id FROM search_index, (SELECT `+query+` AS q) q WHERE words @@ q.q AND kind = 'actor'
			ORDER BY ts_rank('{0, 0, 0.1, 1}', words, q.q) DESC, id LIMIT 50`, args...).Scan(&ids).Error
	return ids, err
}

// redactDSN is a PostgreSQL URL without its password, for messages and logs.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "the PostgreSQL database"
	}
	return u.Redacted()
}
