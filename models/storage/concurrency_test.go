package storage_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/search"
	"github.com/factline/factline/models/storage"
)

// TestConcurrentWritersNeverGetBusy has 8 writers and 4 readers work at once:
// with one write connection and immediate transactions, writers queue instead
// of failing with SQLITE_BUSY, and every write is kept.
func TestConcurrentWritersNeverGetBusy(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	speaker := storage.MakeActor(t, s, "Speaker")
	const writers, each = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, writers*each+4*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				c := &models.Claim{Text: fmt.Sprintf("writer %d claim %d", w, i), SpeakerID: &speaker.ID, SaidOn: edtf.MustParse("2022-09-10")}
				if err := s.SaveClaim(ctx, c); err != nil {
					errs <- err
					continue
				}
				c.Text += " (edited)"
				if err := s.SaveClaim(ctx, c); err != nil {
					errs <- err
				}
			}
		}()
	}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				if _, err := search.Of(s).As(storage.Viewer{System: true}).Search(ctx, "claim", "", 20); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	claims, err := s.ListClaims(ctx, writers*each+1)
	if err != nil {
		t.Fatal(err)
	}
	edited := 0
	for _, c := range claims {
		if c.Version == 2 {
			edited++
		}
	}
	if len(claims) != writers*each || edited != writers*each {
		t.Errorf("%d claims, %d edited; want %d of each", len(claims), edited, writers*each)
	}
}
