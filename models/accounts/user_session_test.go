package accounts

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/sqlite3store"
	"github.com/alexedwards/scs/v2"
	"gorm.io/gorm/logger"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// statementCounter is a gorm logger that counts the statements it is shown.
type statementCounter struct {
	logger.Interface
	n atomic.Int64
}

func (c *statementCounter) Trace(context.Context, time.Time, func() (string, int64), error) {
	c.n.Add(1)
}
func (c *statementCounter) LogMode(logger.LogLevel) logger.Interface { return c }

// TestSessionReadsAreCountedStatements: a signed-in request reads its session
// and the session's user in two statements, both shown to the Store's logger
// (scs's own store read the session unseen by it); an expired session, or one
// that no user holds, is found by neither.
func TestSessionReadsAreCountedStatements(t *testing.T) {
	counter := &statementCounter{Interface: logger.Discard}
	s := storage.NewTestStore(t, counter)
	a, ctx := Of(s), context.Background()
	u, err := a.CreateUser(ctx, "ada@example.org", "Ada", models.RoleEditor, "a long and unusual passphrase")
	if err != nil {
		t.Fatal(err)
	}
	db := storage.Must(s.DB())(t)
	var sessions scs.Store = sqlite3store.NewWithCleanupInterval(db, 0)
	if s.Engine() == storage.Postgres {
		sessions = postgresstore.NewWithCleanupInterval(db, 0)
	}
	for token, expiry := range map[string]time.Time{"live": time.Now().Add(time.Hour), "expired": time.Now().Add(-time.Hour)} {
		if err := sessions.Commit(token, []byte("data of "+token), expiry); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.RecordSession(ctx, u.ID, "live", "test", "127.0.0.1"); err != nil {
		t.Fatal(err)
	}

	counter.n.Store(0)
	data, found, err := a.SessionData(ctx, "live")
	if err != nil || !found || string(data) != "data of live" {
		t.Fatalf("live session: %q, %v, %v", data, found, err)
	}
	if got, err := a.SessionUser(ctx, "live"); err != nil || got.ID != u.ID || got.Email != "ada@example.org" {
		t.Fatalf("user of the live session: %+v, %v", got, err)
	}
	if n := counter.n.Load(); n != 2 {
		t.Errorf("the session and its user: %d statements counted, want 2", n)
	}
	if _, found, err := a.SessionData(ctx, "expired"); found || err != nil {
		t.Errorf("expired session: found %v, %v", found, err)
	}
	if _, err := a.SessionUser(ctx, "expired"); err == nil {
		t.Error("a session no user holds has a user")
	}
}
