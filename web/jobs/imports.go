// Package jobs runs factline's background work apart from HTTP: confirmed
// imports, their heartbeats and outcomes, and the periodic sweep that undoes
// imports whose process died. The web package starts them and reads their
// progress; nothing here knows about requests.
package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/imports"
	"github.com/factline/factline/models/storage"
)

// Imports are the confirmed imports running in the background, keyed by
// their user and upload token, so that the import page can poll their
// progress. Each is also a row of import_jobs, so that every instance on one
// database shows its progress and outcome; this instance's own jobs are read
// from memory, entry by entry.
type Imports struct {
	ctx     context.Context // the server's: a shutdown stops (and rolls back) a running import
	store   *storage.Store
	log     *slog.Logger
	mu      sync.Mutex
	keep    time.Duration // how long a finished outcome waits for its reader
	jobs    map[string]*Import
	running sync.WaitGroup // the imports' goroutines, which shutdown waits for
}

// NewImports keeps the imports of a server whose context is ctx: cancelling
// it stops and rolls back running imports. A finished import nobody came back
// for is forgotten after keep.
func NewImports(ctx context.Context, store *storage.Store, log *slog.Logger, keep time.Duration) *Imports {
	return &Imports{ctx: ctx, store: store, log: log, keep: keep, jobs: map[string]*Import{}}
}

// Import is one running or finished import.
type Import struct {
	id       int64 // its row in import_jobs
	mu       sync.Mutex
	planned  formats.DocTimeline
	done     int
	total    int
	finished time.Time // zero while it runs
	timeline *models.Timeline
	err      error
}

// ImportState is a copy of an import's progress, read in one go.
type ImportState struct {
	Planned     formats.DocTimeline // the timeline the import creates
	Done, Total int
	Finished    time.Time // zero while it runs
	Timeline    *models.Timeline
	Err         error
}

// Journal records, in each of an import's transactions, what it has made.
type Journal = func(tx *storage.Store, made models.ImportMade, done int) error

// Work is an import's work: it calls progress once an entry, and journal at
// the end of each of its transactions (formats.Plan.Journal).
type Work func(ctx context.Context, progress func(), journal Journal) (*models.Timeline, error)

func importKey(userID int64, token string) string { return fmt.Sprintf("%d-%s", userID, token) }

// Start runs work in the background as the user's import of the upload token,
// unless one is already running or waiting to be reported (on any instance),
// which it returns instead; the work's context names the user, who is
// recorded as the author of everything it makes. then runs after a successful
// import. Jobs finished and never reported are forgotten after keep.
func (j *Imports) Start(user *models.User, token string, planned formats.DocTimeline, total int, work Work, then func()) (*Import, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	key := importKey(user.ID, token)
	if job, ok := j.jobs[key]; ok {
		return job, nil
	}
	for k, job := range j.jobs {
		if s := job.State(); !s.Finished.IsZero() && time.Since(s.Finished) > j.keep {
			delete(j.jobs, k)
		}
	}
	if err := imports.Of(j.store).ForgetImportJobs(j.ctx, j.keep); err != nil {
		return nil, err
	}
	row, started, err := imports.Of(j.store).StartImportJob(j.ctx, user.ID, token, planned.Title, planned.Slug, total)
	if err != nil {
		return nil, err
	}
	if !started {
		return j.fromRow(row)
	}
	job := &Import{id: row.ID, planned: planned, total: total}
	j.jobs[key] = job
	j.running.Add(1)
	go func() {
		defer j.running.Done()
		stop := imports.Of(j.store).KeepImportJobAlive(j.ctx, job.id, func(err error) {
			j.log.Warn("import: heartbeat", "job", job.id, "err", err)
		})
		t, err := work(models.WithUser(j.ctx, user), job.step, func(tx *storage.Store, made models.ImportMade, done int) error {
			return imports.Of(tx).JournalImportJob(j.ctx, job.id, made, done)
		})
		stop()
		var timelineID *int64
		if err == nil && t != nil {
			timelineID = &t.ID
		}
		if ferr := imports.Of(j.store).FinishImportJob(context.WithoutCancel(j.ctx), job.id, timelineID, outcome(err)); ferr != nil {
			j.log.Error("import: record the outcome", "job", job.id, "err", ferr)
		}
		if err == nil {
			then()
		}
		job.mu.Lock()
		job.timeline, job.err, job.finished = t, err, time.Now()
		job.mu.Unlock()
	}()
	return job, nil
}

// outcome is what import_jobs keeps of an import's error: its problems as
// JSON, so that another instance shows them by row and field, or for any
// other failure a message that says nothing was kept.
func outcome(err error) string {
	if err == nil {
		return ""
	}
	var ps formats.Problems
	if !errors.As(err, &ps) {
		ps = formats.Problems{{Where: "import", Reason: "The import failed; nothing of it was kept. Import the file again."}}
	}
	b, _ := json.Marshal(ps) // a slice of string fields always marshals
	return string(b)
}

// Wait returns once every import and the sweep have ended: after the
// server's context is cancelled, once each import has undone what it made.
func (j *Imports) Wait() { j.running.Wait() }

// Get returns the user's import of the upload token, from this instance's
// memory or else from the database, or nil. A job another instance ran whose
// heartbeat has stopped is undone and marked failed first.
func (j *Imports) Get(ctx context.Context, userID int64, token string) (*Import, error) {
	j.mu.Lock()
	job := j.jobs[importKey(userID, token)]
	j.mu.Unlock()
	if job != nil {
		return job, nil
	}
	row, err := imports.Of(j.store).GetImportJob(ctx, userID, token)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if row.State == models.ImportRunning && time.Since(row.HeartbeatAt) > models.ImportStale {
		if _, err := imports.Of(j.store).SweepStaleImportJobs(ctx, models.ImportStale); err != nil {
			return nil, err
		}
		if row, err = imports.Of(j.store).GetImportJob(ctx, userID, token); err != nil {
			return nil, err
		}
	}
	return j.fromRow(row)
}

// fromRow is a job as its row in import_jobs tells it.
func (j *Imports) fromRow(row *models.ImportJob) (*Import, error) {
	job := &Import{id: row.ID, planned: formats.DocTimeline{Title: row.Title, Slug: row.Slug}, done: row.Done, total: row.Total}
	if row.FinishedAt != nil {
		job.finished = *row.FinishedAt
	}
	switch row.State {
	case models.ImportSucceeded:
		if row.TimelineID != nil { // else a file of sources only
			t, _, err := j.store.As(storage.Viewer{System: true}).TimelineByID(j.ctx, *row.TimelineID)
			if err != nil {
				return nil, err
			}
			job.timeline = t
		}
	case models.ImportFailed:
		var ps formats.Problems
		if err := json.Unmarshal([]byte(row.Problems), &ps); err != nil {
			ps = formats.Problems{{Where: "import", Reason: row.Problems}}
		}
		job.err = ps
	}
	return job, nil
}

// Forget drops a finished import once its outcome has been shown.
func (j *Imports) Forget(ctx context.Context, userID int64, token string, job *Import) error {
	j.mu.Lock()
	delete(j.jobs, importKey(userID, token))
	j.mu.Unlock()
	return imports.Of(j.store).DeleteImportJob(ctx, job.id)
}

// step counts one more entry imported.
func (job *Import) step() {
	job.mu.Lock()
	job.done++
	job.mu.Unlock()
}

// State is the import's progress now.
func (job *Import) State() ImportState {
	job.mu.Lock()
	defer job.mu.Unlock()
	return ImportState{Planned: job.planned, Done: job.done, Total: job.total, Finished: job.finished,
		Timeline: job.timeline, Err: job.err}
}
