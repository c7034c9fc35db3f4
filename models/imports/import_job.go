package imports

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// StartImportJob records a running import of the user's upload token, unless
// one is recorded already: then it returns that one and started false.
func (s Imports) StartImportJob(ctx context.Context, userID int64, token, title, slug string, total int) (*models.ImportJob, bool, error) {
	now := time.Now().UTC()
	res := s.Writer(ctx).Exec(`INSERT INTO import_jobs (user_id, token, title, slug, state, total, heartbeat_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, token) DO NOTHING`,
		userID, token, title, slug, models.ImportRunning, total, now, now)
	if res.Error != nil {
		return nil, false, fmt.Errorf("store: start import job: %w", res.Error)
	}
	job, err := s.GetImportJob(ctx, userID, token)
	return job, res.RowsAffected == 1, err
}

// StartCommandLineImportJob records a running import of the operator's
// command line, which acts as no user, so that the sweep undoes it if its
// process is killed.
func (s Imports) StartCommandLineImportJob(ctx context.Context, title, slug string, total int) (*models.ImportJob, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("store: start import job: %w", err)
	}
	now := time.Now().UTC()
	job := models.ImportJob{Token: hex.EncodeToString(b), Title: title, Slug: slug, State: models.ImportRunning, Total: total,
		HeartbeatAt: now, CreatedAt: now}
	if err := s.Writer(ctx).Create(&job).Error; err != nil {
		return nil, fmt.Errorf("store: start import job: %w", err)
	}
	return &job, nil
}

// GetImportJob returns the user's import of the upload token.
func (s Imports) GetImportJob(ctx context.Context, userID int64, token string) (*models.ImportJob, error) {
	var job models.ImportJob
	if err := s.Writer(ctx).Where("user_id = ? AND token = ?", userID, token).First(&job).Error; err != nil {
		return nil, fmt.Errorf("store: import job: %w", storage.NotFound(err))
	}
	return &job, nil
}

// JournalImportJob records, in the import's own transaction (s is it), what
// the import has made and how far it is.
func (s Imports) JournalImportJob(ctx context.Context, id int64, made models.ImportMade, done int) error {
	b, err := json.Marshal(made)
	if err != nil {
		return err
	}
	if err := s.Writer(ctx).Exec("UPDATE import_jobs SET made = ?, done = ?, heartbeat_at = ? WHERE id = ?",
		string(b), done, time.Now().UTC(), id).Error; err != nil {
		return fmt.Errorf("store: journal import job %d: %w", id, err)
	}
	return nil
}

// BeatImportJob renews a running job's heartbeat.
func (s Imports) BeatImportJob(ctx context.Context, id int64) error {
	if err := s.Writer(ctx).Exec("UPDATE import_jobs SET heartbeat_at = ? WHERE id = ? AND state = ?",
		time.Now().UTC(), id, models.ImportRunning).Error; err != nil {
		return fmt.Errorf("store: heartbeat of import job %d: %w", id, err)
	}
	return nil
}

// KeepImportJobAlive renews the job's heartbeat every ImportBeat until the
// returned function is called; warn is told of each failure (the import goes
// on: a missed beat only matters once ImportStale has passed).
func (s Imports) KeepImportJobAlive(ctx context.Context, id int64, warn func(error)) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(models.ImportBeat)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if err := s.BeatImportJob(context.WithoutCancel(ctx), id); err != nil {
					warn(err)
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// FinishImportJob records a job's outcome: the timeline it made (nil for a
// file of sources only), or why it was refused (problems, not empty).
func (s Imports) FinishImportJob(ctx context.Context, id int64, timelineID *int64, problems string) error {
	state := models.ImportSucceeded
	if problems != "" {
		state = models.ImportFailed
	}
	if err := s.Writer(ctx).Exec("UPDATE import_jobs SET state = ?, timeline_id = ?, problems = ?, finished_at = ? WHERE id = ?",
		state, timelineID, problems, time.Now().UTC(), id).Error; err != nil {
		return fmt.Errorf("store: finish import job %d: %w", id, err)
	}
	return nil
}

// ForgetImportJobs deletes the jobs that finished more than age ago and
// whose outcome was never shown.
func (s Imports) ForgetImportJobs(ctx context.Context, age time.Duration) error {
	if err := s.Writer(ctx).Exec("DELETE FROM import_jobs WHERE state <> ? AND finished_at < ?",
		models.ImportRunning, time.Now().UTC().Add(-age)).Error; err != nil {
		return fmt.Errorf("store: forget old import jobs: %w", err)
	}
	return nil
}

// DeleteImportJob forgets a job once its outcome has been shown.
func (s Imports) DeleteImportJob(ctx context.Context, id int64) error {
	if err := s.Writer(ctx).Exec("DELETE FROM import_jobs WHERE id = ?", id).Error; err != nil {
		return fmt.Errorf("store: forget import job %d: %w", id, err)
	}
	return nil
}

// UndoImportJob undoes whatever the job's journal lists — after a failed
// import whose own undo may have stopped half-way — and then forgets the job;
// if the undo fails, the job stays for the sweep to finish.
func (s Imports) UndoImportJob(ctx context.Context, id int64) error {
	var job models.ImportJob
	if err := s.Writer(ctx).Where("id = ?", id).First(&job).Error; err != nil {
		return fmt.Errorf("store: import job %d: %w", id, storage.NotFound(err))
	}
	var made models.ImportMade
	if job.Made != "" {
		if err := json.Unmarshal([]byte(job.Made), &made); err != nil {
			return fmt.Errorf("store: import job %d: %w", id, err)
		}
	}
	if err := s.UndoImport(ctx, made); err != nil {
		return fmt.Errorf("store: undo import job %d: %w", id, err)
	}
	return s.DeleteImportJob(ctx, id)
}

// SweepStaleImportJobs ends every running job whose heartbeat is older than
// staleAfter: its instance died. A job whose timeline is complete (the
// instance died just after finishing it) is marked succeeded; any other is
// marked failed and what it made is undone. It returns how many it ended.
func (s Imports) SweepStaleImportJobs(ctx context.Context, staleAfter time.Duration) (int, error) {
	var stale []models.ImportJob
	cutoff := time.Now().UTC().Add(-staleAfter)
	if err := s.Writer(ctx).Where("state = ? AND heartbeat_at < ?", models.ImportRunning, cutoff).Find(&stale).Error; err != nil {
		return 0, fmt.Errorf("store: stale import jobs: %w", err)
	}
	n := 0
	for _, job := range stale {
		var made models.ImportMade
		if job.Made != "" {
			if err := json.Unmarshal([]byte(job.Made), &made); err != nil {
				return n, fmt.Errorf("store: stale import job %d: %w", job.ID, err)
			}
		}
		ended, err := s.endStaleImport(ctx, job, made, cutoff)
		if err != nil {
			return n, err
		}
		if ended {
			n++
		}
	}
	return n, nil
}

// endStaleImport claims a stale job (another instance may sweep it at the
// same time) and ends it.
func (s Imports) endStaleImport(ctx context.Context, job models.ImportJob, made models.ImportMade, cutoff time.Time) (bool, error) {
	finished := false
	if made.TimelineID != 0 {
		var pending []bool
		if err := s.Writer(ctx).Raw("SELECT import_pending FROM timelines WHERE id = ?", made.TimelineID).
			Scan(&pending).Error; err != nil {
			return false, fmt.Errorf("store: stale import job %d: %w", job.ID, err)
		}
		finished = len(pending) == 1 && !pending[0]
	}
	state, problems, timeline := models.ImportFailed, models.ImportStoppedMessage, (*int64)(nil)
	if finished {
		state, problems, timeline = models.ImportSucceeded, "", &made.TimelineID
	}
	res := s.Writer(ctx).Exec(`UPDATE import_jobs SET state = ?, problems = ?, timeline_id = ?, finished_at = ?
		WHERE id = ? AND state = ? AND heartbeat_at < ?`, state, problems, timeline, time.Now().UTC(), job.ID, models.ImportRunning, cutoff)
	if res.Error != nil {
		return false, fmt.Errorf("store: end stale import job %d: %w", job.ID, res.Error)
	}
	if res.RowsAffected == 0 || finished {
		return res.RowsAffected == 1, nil
	}
	if err := s.UndoImport(ctx, made); err != nil {
		return true, errors.Join(fmt.Errorf("store: undo stale import job %d", job.ID), err)
	}
	return true, nil
}
