package formats

import (
	"context"
	"strconv"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// DocumentData serves a Document to the exporters as the Store serves a living
// timeline, so that a published version, frozen as factline JSON, exports to
// every format. The timeline id the exporters pass is ignored.
type DocumentData struct{ Doc *Document }

// EachEntry calls fn for every entry in the document's order (date order),
// with speakers, participants, cited sources and relations (on both ends)
// filled in from the document.
func (d DocumentData) EachEntry(_ context.Context, _ int64, fn func(*models.StreamedEntry) error) error {
	actors := map[int64]DocActor{}
	for _, a := range d.Doc.Actors {
		actors[a.ID] = a
	}
	sources := map[int64]DocSource{}
	for _, s := range d.Doc.Sources {
		sources[s.ID] = s
	}
	labels := map[string]string{}
	for _, e := range d.Doc.Entries {
		labels[e.Anchor()] = e.Title
	}
	relations := map[string][]models.RelationView{}
	for _, e := range d.Doc.Entries {
		for _, r := range e.Relations {
			to, ok := parseAnchor(r.To)
			if !ok {
				continue
			}
			v := models.RelationView{Relation: models.Relation{FromKind: e.Kind, FromID: e.ID, ToKind: to.Kind, ToID: to.ID, Kind: r.Kind},
				FromLabel: e.Title, ToLabel: labels[r.To]}
			relations[e.Anchor()] = append(relations[e.Anchor()], v)
			relations[r.To] = append(relations[r.To], v)
		}
	}
	for _, e := range d.Doc.Entries {
		se := streamedEntry(e, actors, sources)
		se.Relations = relations[e.Anchor()]
		if err := fn(&se); err != nil {
			return err
		}
	}
	return nil
}

func streamedEntry(e DocEntry, actors map[int64]DocActor, sources map[int64]DocSource) models.StreamedEntry {
	date, _ := edtf.Parse(e.Date)
	se := models.StreamedEntry{TimelineItem: models.TimelineItem{Lane: e.Lane, Note: e.Note, Kind: e.Kind, ItemID: e.ID,
		Title: e.Title, Description: e.Description, Date: date, SpeakerID: e.SpeakerID, Rating: e.Rating,
		Verbatim: e.Verbatim, Place: e.Place, Tags: e.Tags, EntryExtras: e.extras()}, Rationale: e.Rationale}
	if se.Rating == "" {
		se.Rating = models.Unrated
	}
	if e.SpeakerID != nil {
		a := actors[*e.SpeakerID]
		se.SpeakerName, se.SpeakerKind, se.SpeakerWikidataID = a.Name, a.Kind, a.WikidataID
	}
	for _, p := range e.Participants {
		a := actors[p.ActorID]
		se.Participants = append(se.Participants, models.Participant{EventID: e.ID, ActorID: p.ActorID,
			RoleWord: p.RoleWord, Actor: &models.Actor{ID: a.ID, Name: a.Name, Kind: a.Kind}})
	}
	for _, c := range e.Citations {
		s := sources[c.SourceID]
		published, _ := edtf.Parse(s.Published)
		cit := models.Citation{SourceID: c.SourceID, Quote: c.Quote, Prefix: c.Prefix, Suffix: c.Suffix,
			StartOffset: c.StartOffset, EndOffset: c.EndOffset, Locator: c.Locator, Note: c.Note,
			Source: &models.Source{ID: s.ID, Kind: s.Kind, URL: s.URL, Title: s.Title, Publisher: s.Publisher,
				Author: s.Author, Published: published}}
		id := e.ID
		if e.Kind == models.KindClaim {
			cit.ClaimID = &id
		} else {
			cit.EventID = &id
		}
		se.Citations = append(se.Citations, cit)
	}
	return se
}

// EachActor calls fn for every actor of the document, with its roles.
func (d DocumentData) EachActor(_ context.Context, _ int64, fn func(*models.Actor) error) error {
	for _, a := range d.Doc.Actors {
		actor := &models.Actor{ID: a.ID, Kind: a.Kind, Name: a.Name, Aliases: strings.Join(a.Aliases, "\n"),
			Description: a.Description, WikidataID: a.WikidataID}
		for _, r := range a.Roles {
			period, _ := edtf.Parse(r.Period)
			actor.Roles = append(actor.Roles, models.Role{ActorID: a.ID, Title: r.Title, OrganisationID: r.OrganisationID, Period: period})
		}
		if err := fn(actor); err != nil {
			return err
		}
	}
	return nil
}

// EachSource calls fn for every source of the document, with its text.
func (d DocumentData) EachSource(_ context.Context, _ int64, fn func(*models.Source) error) error {
	for _, s := range d.Doc.Sources {
		published, _ := edtf.Parse(s.Published)
		accessed, _ := edtf.Parse(s.Accessed)
		src := &models.Source{ID: s.ID, Kind: s.Kind, URL: s.URL, Title: s.Title, Publisher: s.Publisher, Author: s.Author,
			Published: published, Accessed: accessed, ArchiveURL: s.ArchiveURL, Text: s.Text, Notes: s.Notes,
			Language: s.Language}
		if err := fn(src); err != nil {
			return err
		}
	}
	return nil
}

// ErasOf is the document's eras.
func (d DocumentData) ErasOf(context.Context, int64) ([]models.Era, error) {
	out := make([]models.Era, 0, len(d.Doc.Eras))
	for _, e := range d.Doc.Eras {
		period, _ := edtf.Parse(e.Period)
		out = append(out, models.Era{Title: e.Title, Period: period})
	}
	return out, nil
}

// CountEntries is the number of the document's entries.
func (d DocumentData) CountEntries(context.Context, int64) (int64, error) {
	return int64(len(d.Doc.Entries)), nil
}

// parseAnchor reads an entry's anchor, such as claim-42.
func parseAnchor(a string) (models.Ref, bool) {
	kind, id, ok := strings.Cut(a, "-")
	n, err := strconv.ParseInt(id, 10, 64)
	if !ok || err != nil || (kind != string(models.KindClaim) && kind != string(models.KindEvent)) {
		return models.Ref{}, false
	}
	return models.Ref{Kind: models.ItemKind(kind), ID: n}, true
}
