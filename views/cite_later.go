package views

import (
	"net/url"
	"strconv"
)

// LaterAsEvent is the address of the citation form for the same passage as an
// event on the later date it mentions.
func (v CiteForm) LaterAsEvent() string {
	q := url.Values{"as": {"event"}, "start": {strconv.Itoa(v.Start)}, "end": {strconv.Itoa(v.End)}, "occurred": {v.Later.Display()}}
	return CitePath(v.Source.ID) + "?" + q.Encode()
}
