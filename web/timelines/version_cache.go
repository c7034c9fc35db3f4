package timelines

import "sync"

// versionCache keeps values made from the database at one data version
// (Store.DataVersion): a value is found only under the version it was made
// at, and the first look at a newer version forgets them all, so no write —
// from this instance or another on the same database — leaves a stale value.
// It holds at most max values; when full it starts again.
type versionCache[T any] struct {
	mu      sync.Mutex
	version int64
	values  map[string]T
	max     int
}

func newVersionCache[T any](max int) *versionCache[T] {
	return &versionCache[T]{values: map[string]T{}, max: max}
}

// get returns the value of key made at version.
func (c *versionCache[T]) get(version int64, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.advance(version)
	v, ok := c.values[key]
	return v, ok && c.version == version
}

// put keeps the value of key made at version (read before the data it was
// made of, so the data is at least as new as the version says).
func (c *versionCache[T]) put(version int64, key string, v T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.advance(version)
	if version != c.version {
		return // made at a version that has already passed
	}
	if len(c.values) >= c.max {
		clear(c.values)
	}
	c.values[key] = v
}

func (c *versionCache[T]) advance(version int64) {
	if version > c.version {
		c.version = version
		clear(c.values)
	}
}
