package ui

import (
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/factline/factline/views"
)

// ListPageSize is how many items a list on an item page shows at once: what
// cites a source (on its page and in its reader), an actor's claims, repeats
// and events, a claim's or event's citations, relations, participants and
// timelines. A source cited 100,000 times or an actor who said as much is
// read and shown a page at a time.
const ListPageSize = 100

// ListPage is the page of a list that the query parameter name asks for
// (1, 2, …; anything else is the first) and the offset of its first item.
func ListPage(c echo.Context, name string) (page, offset int) {
	page, err := strconv.Atoi(c.QueryParam(name))
	if err != nil || page < 1 {
		page = 1
	}
	return page, (page - 1) * ListPageSize
}

// ListPageOf cuts a list read with one item more than a page holds to the page,
// and links the pages around it through the query parameter name, keeping
// the rest of the address.
func ListPageOf[T any](c echo.Context, name string, page int, items []T) ([]T, views.Pager) {
	return ListPageAt(c, c.Request().URL.Path, name, page, items)
}

// ListPageAt is ListPageOf linking the pages of the page at path: a section
// answered to a form's post (a citation added) links its item's page.
func ListPageAt[T any](c echo.Context, path, name string, page int, items []T) ([]T, views.Pager) {
	var p views.Pager
	link := func(n int) string {
		q := url.Values{}
		for k, v := range c.QueryParams() {
			q[k] = v
		}
		q.Set(name, strconv.Itoa(n))
		return path + "?" + q.Encode()
	}
	if page > 1 {
		p.Prev = link(page - 1)
	}
	if len(items) > ListPageSize {
		items = items[:ListPageSize]
		p.Next = link(page + 1)
	}
	return items, p
}

// ListPageOfAll is the page of a list held whole (a published version's
// citations of an item) that the query parameter name asks for.
func ListPageOfAll[T any](c echo.Context, name string, all []T) ([]T, views.Pager) {
	page, offset := ListPage(c, name)
	if offset > len(all) {
		offset = len(all)
	}
	return ListPageOf(c, name, page, all[offset:min(len(all), offset+ListPageSize+1)])
}
