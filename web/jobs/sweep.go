package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/imports"
)

// SweepEvery is how often a server looks for imports whose process died
// (unless its configuration says otherwise): well inside models.ImportStale, so that a
// dead import is undone within about a minute and a half on every instance,
// whether or not anyone asks for its progress.
const SweepEvery = 15 * time.Second

// Sweep undoes, every interval until the server's context is cancelled, the
// imports whose heartbeat has stopped (a server or a `factline import` that
// died: models.SweepStaleImportJobs), and forgets outcomes nobody came back for.
func (j *Imports) Sweep(every time.Duration) {
	j.running.Add(1)
	go func() {
		defer j.running.Done()
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-j.ctx.Done():
				return
			case <-tick.C:
			}
			if err := j.UndoDead(j.ctx); err != nil && j.ctx.Err() == nil {
				j.log.Error("import: sweep stale imports", "err", err)
			}
			if err := imports.Of(j.store).ForgetImportJobs(j.ctx, j.keep); err != nil && j.ctx.Err() == nil {
				j.log.Error("import: forget old import jobs", "err", err)
			}
		}
	}()
}

// UndoDead undoes, now, the imports whose heartbeat has stopped and marks
// them failed: at start, those an instance that died mid-import left behind;
// then at every Sweep.
func (j *Imports) UndoDead(ctx context.Context) error {
	n, err := imports.Of(j.store).SweepStaleImportJobs(ctx, models.ImportStale)
	if err != nil {
		return fmt.Errorf("jobs: undo dead imports: %w", err)
	}
	if n > 0 {
		j.log.Warn("undid imports whose process stopped half-way", "jobs", n)
	}
	return nil
}
