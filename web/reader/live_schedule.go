package reader

import (
	"context"
	"errors"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/archive"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/storage"
)

// liveRound is the most sources one round of the schedule checks: rounds
// come often (every tenth of the interval, at most every ten minutes), so a
// round stays short and a server with many sources checks them over the
// interval rather than all at once.
const liveRound = 20

// CheckLiveEvery checks, until ctx is cancelled, the live page of every
// source with an address that no check has looked at for every (the
// operator's --live-check-every), a round of sources at a time, in the
// capture's turns, as nobody (checked_by is empty). LiveWait waits for it.
func (h *Handler) CheckLiveEvery(ctx context.Context, every time.Duration) {
	period := min(every/10, 10*time.Minute)
	h.live.Add(1)
	go func() {
		defer h.live.Done()
		tick := time.NewTicker(period)
		defer tick.Stop()
		for {
			if err := h.CheckLiveRound(ctx, time.Now().Add(-every)); err != nil && ctx.Err() == nil {
				h.Log.Error("live check: a round failed", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
}

// LiveWait returns once the schedule of CheckLiveEvery has stopped.
func (h *Handler) LiveWait() { h.live.Wait() }

// CheckLiveRound checks the live page of up to liveRound sources not checked
// since since, going on from the source after the last one the previous
// round tried: a source no check can be kept for (an address capture
// refuses, a page that cannot be read) is logged and passed over, so that
// such sources never fill every round and leave the others unchecked. A
// round that finds every turn taken ends, to go on at the next.
func (h *Handler) CheckLiveRound(ctx context.Context, since time.Time) error {
	ctx = models.AsSystem(ctx)
	a := archive.Of(h.Store)
	h.liveMu.Lock()
	defer h.liveMu.Unlock()
	due, err := a.DueForLiveCheck(ctx, since, h.liveAfter, liveRound)
	if err != nil {
		return err
	}
	for i := range due {
		src, err := h.Store.As(storage.Viewer{System: true}).Source(ctx, due[i].ID) // the schedule reads every source
		if err != nil {
			return err
		}
		_, err = a.CheckLive(ctx, h.Capturer, src, 0)
		if errors.Is(err, capture.ErrBusy) || ctx.Err() != nil {
			return nil
		}
		h.liveAfter = src.ID
		if err != nil {
			h.Log.Warn("live check: a source was not checked", "source", src.ID, "err", err)
		}
	}
	if len(due) < liveRound {
		h.liveAfter = 0 // the last of the sources due: the next round starts from the first again
	}
	return nil
}
