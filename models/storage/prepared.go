package storage

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"sync"
	"time"

	"gorm.io/gorm/logger"
)

// maxPrepared bounds the statements a Store keeps prepared. A statement's
// text differs by viewer (access conditions) and, for share links, by link;
// past the bound a new text runs unprepared rather than pushing one out
// that a request may be using.
const maxPrepared = 256

// prepared runs the reads that every page makes (a claim and its lists, the
// timelines it is on, a signed-in user's session) as statements prepared once
// a connection, scanned by hand: through gorm's callbacks, statement building
// and reflection they cost five to six times what SQLite does. Each statement
// is shown to the Store's logger, as gorm shows its own, so that the tests
// that count a page's statements count these too.
type prepared struct {
	db   *sql.DB
	bind func(string) string // the engine's placeholders for ?
	log  logger.Interface

	mu    sync.RWMutex
	stmts map[string]*sql.Stmt
}

func newPrepared(db *sql.DB, d dialect, log logger.Interface) *prepared {
	return &prepared{db: db, bind: d.bindVars, log: log, stmts: map[string]*sql.Stmt{}}
}

// query runs q, written with ? placeholders, on the read pool. Within the
// transaction of a Store in WithTx, or with a list among args (for gorm to
// spell out "IN ?"), gorm runs it, and shows it to the logger itself.
func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if s.inTx || s.prepared == nil || hasList(args) {
		return s.r(ctx).Raw(q, args...).Rows()
	}
	p := s.prepared
	begin := time.Now()
	var rows *sql.Rows
	stmt, err := p.stmt(ctx, q)
	if err == nil {
		if stmt != nil {
			rows, err = stmt.QueryContext(ctx, args...)
		} else {
			rows, err = p.db.QueryContext(ctx, p.bind(q), args...)
		}
	}
	p.log.Trace(ctx, begin, func() (string, int64) { return q, -1 }, err)
	return rows, err
}

// stmt is q prepared, or nil when maxPrepared statements are kept already.
func (p *prepared) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	p.mu.RLock()
	stmt, ok := p.stmts[q]
	p.mu.RUnlock()
	if ok {
		return stmt, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if stmt, ok := p.stmts[q]; ok {
		return stmt, nil
	}
	if len(p.stmts) >= maxPrepared {
		return nil, nil
	}
	stmt, err := p.db.PrepareContext(ctx, p.bind(q))
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	p.stmts[q] = stmt
	return stmt, nil
}

// close closes the prepared statements.
func (p *prepared) close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var first error
	for q, stmt := range p.stmts {
		if err := stmt.Close(); err != nil && first == nil {
			first = err
		}
		delete(p.stmts, q)
	}
	return first
}

// hasList reports whether args hold a list (a slice other than bytes).
func hasList(args []any) bool {
	for _, a := range args {
		if _, bytes := a.([]byte); !bytes && reflect.ValueOf(a).Kind() == reflect.Slice {
			return true
		}
	}
	return false
}

// Query runs a read as the Store's own hot reads run (query): prepared on
// the read pool and shown to the logger. For the reads of every signed-in
// request that live beside the Store (the session and its user).
func (s *Store) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.query(ctx, q, args...)
}
