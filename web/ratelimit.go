package web

import (
	"sync"
	"time"
)

// failureLimiter counts failed sign-ins per key (an account at an address, or
// an address) over a sliding window. An attempt is counted before it is
// checked, under one lock, so parallel attempts cannot all slip under the
// limit; an attempt that succeeds is taken back.
type failureLimiter struct {
	mu        sync.Mutex
	window    time.Duration
	failures  map[string][]time.Time
	now       func() time.Time
	lastSweep time.Time
}

// limitKey is one counter and its limit.
type limitKey struct {
	key string
	max int
}

func newFailureLimiter(window time.Duration) *failureLimiter {
	return &failureLimiter{window: window, failures: map[string][]time.Time{}, now: time.Now}
}

// Attempt counts one attempt on every key and returns true, unless a key has
// reached its limit within the window: then nothing is counted and it
// returns false. The returned time identifies the attempt for Forgive.
func (l *failureLimiter) Attempt(keys ...limitKey) (time.Time, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep()
	for _, k := range keys {
		if len(l.recent(k.key)) >= k.max {
			return time.Time{}, false
		}
	}
	at := l.now()
	for _, k := range keys {
		l.failures[k.key] = append(l.failures[k.key], at)
	}
	return at, true
}

// Forgive takes back the attempt counted at that time: it succeeded.
func (l *failureLimiter) Forgive(at time.Time, keys ...limitKey) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		times := l.failures[k.key]
		for i := range times {
			if times[i].Equal(at) {
				l.failures[k.key] = append(times[:i:i], times[i+1:]...)
				break
			}
		}
		if len(l.failures[k.key]) == 0 {
			delete(l.failures, k.key)
		}
	}
}

// recent drops the failures older than the window and returns the rest.
func (l *failureLimiter) recent(key string) []time.Time {
	cutoff := l.now().Add(-l.window)
	times := l.failures[key]
	i := 0
	for i < len(times) && times[i].Before(cutoff) {
		i++
	}
	times = times[i:]
	if len(times) == 0 {
		delete(l.failures, key)
	} else {
		l.failures[key] = times
	}
	return times
}

// sweep forgets, once a window, every key whose failures are all older than
// the window, so that guesses at many accounts do not pile up in memory.
func (l *failureLimiter) sweep() {
	if l.now().Sub(l.lastSweep) < l.window {
		return
	}
	l.lastSweep = l.now()
	for k := range l.failures {
		l.recent(k)
	}
}
