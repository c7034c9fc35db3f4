package models

import (
	"time"
)

// ImportJob is a background import as the database keeps it, so that every
// instance shows its progress and outcome, and any instance undoes it once its
// process has died (migrations 00021, 00028).
type ImportJob struct {
	ID          int64
	UserID      *int64 // nil for the operator's command line
	Token       string
	Title       string
	Slug        string
	State       string // running, succeeded or failed
	Done        int
	Total       int
	Made        string // JSON of ImportMade, written with what it describes
	TimelineID  *int64
	Problems    string // JSON of the refusal's problems, or a message
	HeartbeatAt time.Time
	CreatedAt   time.Time
	FinishedAt  *time.Time
}

// The states of an import job.
const (
	ImportRunning   = "running"
	ImportSucceeded = "succeeded"
	ImportFailed    = "failed"
)

// Import jobs' heartbeats: a running job renews its heartbeat every
// ImportBeat; one not renewed for ImportStale is taken for dead (its process
// stopped) and undone by whichever instance sweeps first.
const (
	ImportBeat  = 5 * time.Second
	ImportStale = time.Minute
)

// ImportStoppedMessage is the outcome of a job whose instance stopped
// running it.
const ImportStoppedMessage = "The import stopped half-way (the server running it stopped); nothing of it was kept. Import the file again."

// ImportMade is what an import has created so far, for undoing it.
type ImportMade struct {
	TimelineID int64
	Actors     []int64
	Sources    []int64
	Claims     []int64
	Events     []int64
}
