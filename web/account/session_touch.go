package account

import (
	"sync"
	"time"

	"github.com/alexedwards/scs/v2"
)

// touchEvery is how often an unchanged session's idle deadline is written.
// Its idle deadline is then at most this much earlier than the last request
// plus sessionIdle, which is nothing beside a day.
const touchEvery = time.Minute

// touchesKept bounds the sessions touchLimiter remembers; past it, it forgets
// those written before touchEvery, which would be written again anyway.
const touchesKept = 4096

// touchLimiter keeps scs from writing a session on every request that only
// moves its idle deadline. With an idle timeout scs commits every session it
// loads, so each signed-in page was a write — on SQLite through the one write
// connection, where every signed-in request queued behind the others' — and
// signed-in pages served a fraction of what they serve without it. A session
// whose data is what this process last wrote, less than touchEvery ago, is
// not written again; any change of its data is written at once, and a session
// deleted elsewhere (ended on another instance, or by the Store) is never
// written back, since only an unchanged session is skipped.
type touchLimiter struct {
	scs.Store
	now     func() time.Time
	mu      sync.Mutex
	written map[string]touch // by token
}

// touch is what was last written of a session, and when.
type touch struct {
	data string
	at   time.Time
}

func newTouchLimiter(store scs.Store) *touchLimiter {
	return &touchLimiter{Store: store, now: time.Now, written: map[string]touch{}}
}

// Commit writes the session unless only its deadline moved since this
// process wrote it, less than touchEvery ago.
func (t *touchLimiter) Commit(token string, b []byte, expiry time.Time) error {
	now := t.now()
	t.mu.Lock()
	last, ok := t.written[token]
	t.mu.Unlock()
	if ok && last.data == string(b) && now.Sub(last.at) < touchEvery {
		return nil
	}
	if err := t.Store.Commit(token, b, expiry); err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.written) >= touchesKept {
		for k, w := range t.written {
			if now.Sub(w.at) >= touchEvery {
				delete(t.written, k)
			}
		}
		if len(t.written) >= touchesKept {
			clear(t.written) // they are written again, once, on their next request
		}
	}
	t.written[token] = touch{data: string(b), at: now}
	return nil
}

// Delete deletes the session and forgets it.
func (t *touchLimiter) Delete(token string) error {
	t.mu.Lock()
	delete(t.written, token)
	t.mu.Unlock()
	return t.Store.Delete(token)
}
