package models

import (
	"sort"

	"github.com/factline/factline/models/edtf"
)

// TimelineFilter narrows a timeline's entries; its zero value keeps them all.
// From and To bound the dates: an entry stays when its span of possible days
// overlaps them, so "Sep 2022" and "12 Sep 2022" both stay for a September filter.
type TimelineFilter struct {
	ActorID int64
	Kind    ItemKind
	Tag     string
	Rating  Rating
	Lane    string
	From    edtf.Date
	To      edtf.Date
}

// Active reports whether the filter narrows anything.
func (f TimelineFilter) Active() bool { return f != TimelineFilter{} }

// Match reports whether an entry passes the filter.
func (f TimelineFilter) Match(it TimelineItem) bool {
	switch {
	case f.Kind != "" && it.Kind != f.Kind,
		f.Rating != "" && (it.Kind != KindClaim || it.Rating != f.Rating),
		f.Lane != "" && it.Lane != f.Lane,
		f.Tag != "" && !contains(it.Tags, f.Tag),
		f.ActorID != 0 && !involves(it, f.ActorID):
		return false
	}
	if f.From.IsZero() && f.To.IsZero() {
		return true
	}
	if it.Date.IsZero() {
		return false
	}
	if !f.From.IsZero() && it.Date.EndKey() < f.From.SortKey() {
		return false
	}
	return f.To.IsZero() || it.Date.SortKey() <= f.To.EndKey()
}

func involves(it TimelineItem, actorID int64) bool {
	if it.SpeakerID != nil && *it.SpeakerID == actorID {
		return true
	}
	for _, p := range it.Participants {
		if p.ActorID == actorID {
			return true
		}
	}
	return false
}

// Filter returns the entries that pass f, in timeline order.
func (lt *LoadedTimeline) Filter(f TimelineFilter) []TimelineItem {
	if !f.Active() {
		return lt.Items
	}
	var out []TimelineItem
	for _, it := range lt.Items {
		if f.Match(it) {
			out = append(out, it)
		}
	}
	return out
}

// Facets are the values a timeline's filters can take: its actors, tags and lanes.
type Facets struct {
	Actors []Actor  `json:"actors"`
	Tags   []string `json:"tags"`
	Lanes  []string `json:"lanes"`
}

// Facets collects the actors, tags and lanes of every entry, sorted by name.
func (lt *LoadedTimeline) Facets() Facets {
	actors := map[int64]string{}
	tags, lanes := map[string]bool{}, map[string]bool{}
	for _, it := range lt.Items {
		if it.SpeakerID != nil {
			actors[*it.SpeakerID] = it.SpeakerName
		}
		for _, p := range it.Participants {
			actors[p.ActorID] = p.Actor.Name
		}
		for _, t := range it.Tags {
			tags[t] = true
		}
		if it.Lane != "" {
			lanes[it.Lane] = true
		}
	}
	var f Facets
	for id, name := range actors {
		f.Actors = append(f.Actors, Actor{ID: id, Name: name})
	}
	sort.Slice(f.Actors, func(i, j int) bool { return f.Actors[i].Name < f.Actors[j].Name })
	f.Tags, f.Lanes = sortedKeys(tags), sortedKeys(lanes)
	return f
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
