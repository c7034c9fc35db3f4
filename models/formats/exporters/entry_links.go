package exporters

import (
	"strings"

	"github.com/factline/factline/models/formats"

	"github.com/factline/factline/models"
)

// participantsText names an event's participants as the timeline page does:
// "Michelle Bachelet (author), Volker Türk".
func participantsText(e *models.TimelineItem) string {
	var names []string
	for _, p := range e.Participants {
		if p.Actor == nil {
			continue
		}
		n := p.Actor.Name
		if p.RoleWord != "" {
			n += " (" + p.RoleWord + ")"
		}
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}

// entryRelation is one relation read from an entry's end, as the page reads
// it: "responds to <the other>" or "<the other> responds to this".
type entryRelation struct {
	Kind     string
	Label    string // the other entry's text or title
	Anchor   string // the other entry's anchor in the timeline: claim-12
	Incoming bool   // the other entry is the relation's subject
}

// String is the relation as text, quoting the other entry.
func (r entryRelation) String() string {
	if r.Incoming {
		return "“" + r.Label + "” " + r.Kind + " this"
	}
	return r.Kind + " “" + r.Label + "”"
}

// entryRelations lists the entry's relations with other entries, in order.
func entryRelations(e *models.TimelineItem) []entryRelation {
	var out []entryRelation
	for _, r := range e.Relations {
		if r.From() == e.Ref() {
			out = append(out, entryRelation{Kind: r.Kind, Label: r.ToLabel, Anchor: formats.Anchor(r.ToKind, r.ToID)})
		} else {
			out = append(out, entryRelation{Kind: r.Kind, Label: r.FromLabel, Anchor: formats.Anchor(r.FromKind, r.FromID), Incoming: true})
		}
	}
	return out
}
