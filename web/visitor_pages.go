package web

import (
	"container/list"
	"sync"
)

// visitorCacheBytes is what the pages of visitorCache may hold in all. Each
// distinct address is a page, and an anonymous visitor can ask for as many
// addresses as they like, so the cache is bounded by what it holds, not by
// its count; and a large answer (rare, and as slow to render as its size
// anyway) is never kept at the expense of many small ones (pageCache.largest).
const visitorCacheBytes = 32 << 20

// pageOverhead is what a kept page costs beyond its bytes: the map entry,
// the list element and the page's structs.
const pageOverhead = 256

// pageCache keeps pages made at one data version (Store.DataVersion), at most
// max bytes of them, forgetting the least recently used first; the first look
// at a newer version forgets them all, so that no write — from this instance
// or another on the same database — leaves a stale page.
type pageCache struct {
	mu      sync.Mutex
	version int64
	max     int
	size    int
	pages   map[string]*list.Element // of *keptPage
	order   list.List                // most recently used first
}

type keptPage struct {
	key  string
	page *visitorPage
	size int
}

func newPageCache(max int) *pageCache {
	return &pageCache{max: max, pages: map[string]*list.Element{}}
}

// largest is the size of the largest page the cache keeps: a thirty-second
// of it (1 MiB of 32), over three times the 300 KB a timeline's window may be.
func (c *pageCache) largest() int { return c.max / 32 }

// get returns the page of key made at version.
func (c *pageCache) get(version int64, key string) (*visitorPage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.advance(version)
	el, ok := c.pages[key]
	if !ok || c.version != version {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*keptPage).page, true
}

// put keeps the page of key made at version (read before the data it was
// made of, so the data is at least as new as the version says), unless it is
// larger than the cache keeps.
func (c *pageCache) put(version int64, key string, p *visitorPage) {
	size := len(key) + p.size() + pageOverhead
	if size > c.largest() {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.advance(version)
	if version != c.version {
		return // made at a version that has already passed
	}
	if el, ok := c.pages[key]; ok {
		c.remove(el)
	}
	for c.size+size > c.max {
		c.remove(c.order.Back())
	}
	c.pages[key] = c.order.PushFront(&keptPage{key: key, page: p, size: size})
	c.size += size
}

// bytes is what the kept pages cost.
func (c *pageCache) bytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

func (c *pageCache) remove(el *list.Element) {
	k := c.order.Remove(el).(*keptPage)
	delete(c.pages, k.key)
	c.size -= k.size
}

func (c *pageCache) advance(version int64) {
	if version > c.version {
		c.version = version
		clear(c.pages)
		c.order.Init()
		c.size = 0
	}
}
