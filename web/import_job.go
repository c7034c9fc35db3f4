package web

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats"
)

// importJobs are the confirmed imports running in the background, keyed by
// their user and upload token, so that the import page can poll their progress.
type importJobs struct {
	ctx     context.Context // the server's: a shutdown stops (and rolls back) a running import
	mu      sync.Mutex
	jobs    map[string]*importJob
	running sync.WaitGroup // the imports' goroutines, which shutdown waits for
}

func newImportJobs(ctx context.Context) *importJobs {
	return &importJobs{ctx: ctx, jobs: map[string]*importJob{}}
}

// importJob is one running or finished import.
type importJob struct {
	mu       sync.Mutex
	planned  formats.DocTimeline
	done     int
	total    int
	finished time.Time // zero while it runs
	timeline *models.Timeline
	err      error
}

// importState is a copy of a job's progress, read in one go.
type importState struct {
	Planned     formats.DocTimeline // the timeline the import creates
	Done, Total int
	Finished    time.Time // zero while it runs
	Timeline    *models.Timeline
	Err         error
}

// apply is an import's work: it calls progress once an entry.
type apply func(ctx context.Context, progress func()) (*models.Timeline, error)

func importKey(userID int64, token string) string { return fmt.Sprintf("%d-%s", userID, token) }

// start runs work in the background as the user's import of the upload token,
// unless one is already running or waiting to be reported, which it returns
// instead; the work's context names the user, who is recorded as the author of
// everything it makes. then runs after a successful import. Jobs finished and
// never reported are forgotten after uploadTTL.
func (j *importJobs) start(user *models.User, token string, planned formats.DocTimeline, total int, work apply, then func()) *importJob {
	j.mu.Lock()
	defer j.mu.Unlock()
	key := importKey(user.ID, token)
	if job, ok := j.jobs[key]; ok {
		return job
	}
	for k, job := range j.jobs {
		if s := job.state(); !s.Finished.IsZero() && time.Since(s.Finished) > uploadTTL {
			delete(j.jobs, k)
		}
	}
	job := &importJob{planned: planned, total: total}
	j.jobs[key] = job
	j.running.Add(1)
	go func() {
		defer j.running.Done()
		t, err := work(models.WithUser(j.ctx, user), job.step)
		if err == nil {
			then()
		}
		job.mu.Lock()
		job.timeline, job.err, job.finished = t, err, time.Now()
		job.mu.Unlock()
	}()
	return job
}

// wait returns once every import has ended: after the server's context is
// cancelled, once each has undone what it made.
func (j *importJobs) wait() { j.running.Wait() }

// get returns the user's import of the upload token, or nil.
func (j *importJobs) get(userID int64, token string) *importJob {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.jobs[importKey(userID, token)]
}

// forget drops a finished import once its outcome has been shown.
func (j *importJobs) forget(userID int64, token string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	delete(j.jobs, importKey(userID, token))
}

// step counts one more entry imported.
func (job *importJob) step() {
	job.mu.Lock()
	job.done++
	job.mu.Unlock()
}

func (job *importJob) state() importState {
	job.mu.Lock()
	defer job.mu.Unlock()
	return importState{Planned: job.planned, Done: job.done, Total: job.total, Finished: job.finished,
		Timeline: job.timeline, Err: job.err}
}
