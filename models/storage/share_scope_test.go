package storage

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/pressly/goose/v3"
	"gorm.io/gorm/logger"

	"github.com/factline/factline/models"
)

// statementSizes is a gorm logger that keeps the length of the longest
// statement it is shown and the rows they read.
type statementSizes struct {
	logger.Interface
	mu            sync.Mutex
	longest, rows int64
}

func (c *statementSizes) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	sql, rows := fc()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.longest = max(c.longest, int64(len(sql)))
	c.rows += max(rows, 0)
}

func (c *statementSizes) LogMode(logger.LogLevel) logger.Interface { return c }

func (c *statementSizes) reset() (longest, rows int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	longest, rows = c.longest, c.rows
	c.longest, c.rows = 0, 0
	return longest, rows
}

// TestShareLinkReadsDoNotGrowWithTheTimeline opens links to the living
// timeline and to a published version of a timeline of 10 entries and of one
// of 300, and reads through each what a page under the link reads (whether
// an item is in the scope, which of a page's links the holder can open): the
// statements and the rows they read are the same size for both, and the
// answers right. A link used to read its whole scope and name every item of it
// in the SQL of every read.
func TestShareLinkReadsDoNotGrowWithTheTimeline(t *testing.T) {
	sizes := &statementSizes{Interface: logger.Discard}
	s := NewTestStore(t, sizes)
	ctx := context.Background()
	outsider := MakeActor(t, s, "Nobody on a timeline")
	outside := MakeClaim(t, s, outsider, "A claim on no timeline", "2022-09-01")
	type size struct{ longest, rows int64 }
	got := map[string]size{}
	for _, n := range []int{10, 300} {
		slug := map[int]string{10: "small", 300: "large"}[n]
		SeedTimeline(t, s, slug, n)
		tl := Must(s.GetTimeline(ctx, slug))(t)
		if _, err := s.PublishVersion(ctx, tl, "first"); err != nil {
			t.Fatal(err)
		}
		lt := Must(s.As(Viewer{}).LoadEntries(ctx, tl))(t)
		first, last := lt.Items[0], lt.Items[len(lt.Items)-1]
		tl.Published = 1
		for _, version := range []int{0, 1} {
			token := shareLink(t, s, tl, version)
			sizes.reset()
			sc := Must(s.OpenShareLink(ctx, token, "/s/"+token))(t)
			in := WithShareScope(ctx, sc)
			for _, c := range []struct {
				ref  models.Ref
				want bool
			}{
				{first.Ref(), true}, {last.Ref(), true},
				{models.Ref{Kind: models.KindActor, ID: *first.SpeakerID}, true}, {models.Ref{Kind: models.KindSource, ID: last.Citations[0].SourceID}, true},
				{models.Ref{Kind: models.KindClaim, ID: outside.ID}, false}, {models.Ref{Kind: models.KindActor, ID: outsider.ID}, false},
			} {
				if ok := Must(s.As(Viewer{Share: sc}).CanRead(in, c.ref.Kind, c.ref.ID))(t); ok != c.want {
					t.Errorf("%s, version %d: can read %v = %v, want %v", slug, version, c.ref, ok, c.want)
				}
			}
			hidden := Must(s.As(Viewer{Share: sc}).Unreadable(in, []models.Ref{first.Ref(), last.Ref(), {Kind: models.KindClaim, ID: outside.ID}}))(t)
			if len(hidden) != 1 || !hidden[models.Ref{Kind: models.KindClaim, ID: outside.ID}] {
				t.Errorf("%s, version %d: unreadable %v, want only the outside claim", slug, version, hidden)
			}
			l, r := sizes.reset()
			got[slug+map[int]string{0: " living", 1: " version"}[version]] = size{l, r}
		}
	}
	for _, link := range []string{" living", " version"} {
		small, large := got["small"+link], got["large"+link]
		// A few bytes more for ids of more digits.
		if large.longest > small.longest+40 || large.rows != small.rows {
			t.Errorf("link to the%s timeline: longest statement %d bytes and %d rows read for 10 entries, %d and %d for 300; want the same",
				link, small.longest, small.rows, large.longest, large.rows)
		}
		t.Logf("link to the%s timeline: longest statement %d bytes, %d rows read, for 10 and for 300 entries", link, large.longest, large.rows)
	}
}

// TestVersionScopeMigrationReadsTheSnapshots publishes a version, takes the
// schema back to before version_scope and forward again: the rows the
// migration reads out of the frozen snapshot are the ones publishing wrote.
func TestVersionScopeMigrationReadsTheSnapshots(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	SeedTimeline(t, s, "kept", 6)
	tl := Must(s.GetTimeline(ctx, "kept"))(t)
	if _, err := s.PublishVersion(ctx, tl, "first"); err != nil {
		t.Fatal(err)
	}
	scope := func() []string {
		t.Helper()
		var rows []string
		err := s.r(ctx).Raw("SELECT item_kind || ' ' || CAST(item_id AS TEXT) FROM version_scope ORDER BY item_kind, item_id").
			Scan(&rows).Error
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	published := scope()
	if len(published) != 6+2 { // three claims, three events, the speaker, the source
		t.Fatalf("publishing kept %d rows of scope: %v", len(published), published)
	}
	p := s.testMigrations(t)
	if _, err := p.DownTo(ctx, 24); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	if migrated := scope(); fmt.Sprint(migrated) != fmt.Sprint(published) {
		t.Errorf("the migration read %v out of the snapshot, publishing wrote %v", migrated, published)
	}
}

// testMigrations is the goose provider that Migrate runs, to step a test's
// schema down and up.
func (s *Store) testMigrations(t *testing.T) *goose.Provider {
	t.Helper()
	db, err := s.write.DB()
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.dialect.migrations(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// shareLink stores a share link to tl (or to its published version) as
// models/sharing makes one, and returns its token.
func shareLink(t *testing.T, s *Store, tl *models.Timeline, version int) string {
	t.Helper()
	token := fmt.Sprintf("link-%d-%d", tl.ID, version)
	l := models.ShareLink{TimelineID: tl.ID, TokenHash: HashToken(token)}
	if version != 0 {
		l.Version = &version
	}
	if err := s.w(context.Background()).Create(&l).Error; err != nil {
		t.Fatal(err)
	}
	return token
}
