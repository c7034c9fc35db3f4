package formats

import (
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// check finds what in a Document would not import: text with stray bytes,
// unknown kinds and ratings,
// dates factline cannot read, empty names and titles, and references to actors,
// sources or entries the document does not have.
func (d *Document) Check() error {
	var ps Problems
	d.checkStrayBytes(&ps)
	if d.Timeline.Title == "" {
		ps.Add("timeline", "title", "is empty; give the timeline a title")
	}
	actors := map[int64]bool{}
	for i, a := range d.Actors {
		where := fmt.Sprintf("actor %d", i+1)
		if actors[a.ID] {
			ps.Add(where, "id", "%d is used by another actor of the file", a.ID)
		}
		actors[a.ID] = true
		if a.Kind != models.Person && a.Kind != models.Organisation {
			ps.Add(where, "kind", "is %q; use person or organisation", a.Kind)
		}
		if a.Name == "" {
			ps.Add(where, "name", "is empty")
		}
	}
	for i, a := range d.Actors {
		for j, r := range a.Roles {
			field := fmt.Sprintf("roles[%d]", j)
			if r.OrganisationID != nil && !actors[*r.OrganisationID] {
				ps.Add(fmt.Sprintf("actor %d", i+1), field+".organisation_id", "refers to actor %d, which the file does not have", *r.OrganisationID)
			}
			checkDate(&ps, fmt.Sprintf("actor %d", i+1), field+".period", r.Period)
		}
	}
	sources := map[int64]bool{}
	for i, s := range d.Sources {
		where := fmt.Sprintf("source %d", i+1)
		if sources[s.ID] {
			ps.Add(where, "id", "%d is used by another source of the file", s.ID)
		}
		sources[s.ID] = true
		checkDate(&ps, where, "published", s.Published)
		checkDate(&ps, where, "accessed", s.Accessed)
	}
	for i, e := range d.Eras {
		where := fmt.Sprintf("era %d", i+1)
		if e.Title == "" {
			ps.Add(where, "title", "is empty; give the era a name")
		}
		if e.Period == "" {
			ps.Add(where, "period", "is empty; give the era its period, such as 602/629")
		}
		checkDate(&ps, where, "period", e.Period)
	}
	anchors := map[string]bool{}
	for i, e := range d.Entries {
		if anchors[e.Anchor()] {
			ps.Add(entryWhere(e, i), "id", "%s is used by another entry of the file", e.Anchor())
		}
		anchors[e.Anchor()] = true
	}
	for i, e := range d.Entries {
		d.checkEntry(&ps, e, entryWhere(e, i), actors, sources, anchors)
	}
	return ps.Err()
}

func (d *Document) checkEntry(ps *Problems, e DocEntry, where string, actors, sources map[int64]bool, anchors map[string]bool) {
	if e.Kind != models.KindClaim && e.Kind != models.KindEvent {
		ps.Add(where, "kind", "is %q; use claim or event", e.Kind)
	}
	if e.Title == "" {
		ps.Add(where, "title", "is empty")
	}
	checkDate(ps, where, "date", e.Date)
	if e.SpeakerID != nil && !actors[*e.SpeakerID] {
		ps.Add(where, "speaker_id", "refers to actor %d, which the file does not have", *e.SpeakerID)
	}
	if e.Rating != "" && !e.Rating.Valid() {
		ps.Add(where, "rating", "is %q; use one of unrated, accurate, mostly accurate, mixed, misleading, inaccurate, unsupported", e.Rating)
	}
	for j, p := range e.Participants {
		if !actors[p.ActorID] {
			ps.Add(where, fmt.Sprintf("participants[%d].actor_id", j), "refers to actor %d, which the file does not have", p.ActorID)
		}
	}
	for j, c := range e.Citations {
		if !sources[c.SourceID] {
			ps.Add(where, fmt.Sprintf("citations[%d].source_id", j), "refers to source %d, which the file does not have", c.SourceID)
		}
	}
	for j, r := range e.Relations {
		if !anchors[r.To] {
			ps.Add(where, fmt.Sprintf("relations[%d].to", j), "refers to %q, which is not an entry of the file", r.To)
		}
	}
}

// entryWhere names an entry in problems: its CSV row, or its place in the file.
func entryWhere(e DocEntry, i int) string {
	if e.Where != "" {
		return e.Where
	}
	return fmt.Sprintf("entry %d", i+1)
}

// checkDate records a problem when text is not a date factline reads.
func checkDate(ps *Problems, where, field, text string) {
	if _, err := edtf.Parse(text); err != nil {
		ps.Add(where, field, "%q is not a date factline can read: %v", text, err)
	}
}
