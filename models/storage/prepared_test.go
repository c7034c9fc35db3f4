package storage

import (
	"context"
	"fmt"
	"testing"

	"gorm.io/gorm/logger"

	"github.com/factline/factline/models"
)

// TestClaimIsReadInOneCountedStatement: a claim with its speaker and tags is
// one statement, which the Store's logger is shown like gorm's own (the
// tests that count a page's statements count it); it was two, the tags read
// apart. A speaker in the trash is not joined, and a claim without tags has
// an empty list (JSON [], as before).
func TestClaimIsReadInOneCountedStatement(t *testing.T) {
	counter := &statementCounter{Interface: logger.Discard}
	s := NewTestStore(t, counter)
	ctx := models.AsSystem(context.Background())
	speaker := MakeActor(t, s, "Ada Speaker")
	c := MakeClaim(t, s, speaker, "Tagged", "2022-09-08")
	c.Tags = []string{"zeta", "alpha"}
	if err := s.SaveClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	bare := MakeClaim(t, s, speaker, "Untagged", "2022-09-09")

	counter.n.Store(0)
	got := Must(s.GetClaim(ctx, c.ID))(t)
	if n := counter.n.Load(); n != 1 {
		t.Errorf("GetClaim ran %d statements, want 1", n)
	}
	if got.Text != "Tagged" || fmt.Sprint(got.Tags) != "[alpha zeta]" || got.Speaker == nil || got.Speaker.Name != "Ada Speaker" ||
		got.SaidOn.String() != "2022-09-08" || got.Version != 2 {
		t.Errorf("GetClaim = %+v (speaker %+v)", got, got.Speaker)
	}
	if err := s.DeleteActor(ctx, speaker.ID); err != nil {
		t.Fatal(err)
	}
	got = Must(s.GetClaim(ctx, bare.ID))(t)
	if got.Tags == nil || len(got.Tags) != 0 || got.Speaker != nil || got.SpeakerID == nil || *got.SpeakerID != speaker.ID {
		t.Errorf("untagged claim of a trashed speaker: tags %#v, speaker %+v, speaker id %v", got.Tags, got.Speaker, got.SpeakerID)
	}
}

// TestPreparedStatementsAreBounded: statements whose text differs (by share
// link, say) are prepared up to maxPrepared; past it they still run, unprepared.
func TestPreparedStatementsAreBounded(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := context.Background()
	for i := range maxPrepared + 10 {
		rows, err := s.query(ctx, fmt.Sprintf("SELECT %d + ?", i), 1)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if !rows.Next() || rows.Scan(&n) != nil || n != i+1 {
			t.Fatalf("statement %d: read %d, %v", i, n, rows.Err())
		}
		_ = rows.Close()
	}
	if n := len(s.prepared.stmts); n != maxPrepared {
		t.Errorf("%d statements prepared, want %d", n, maxPrepared)
	}
}
