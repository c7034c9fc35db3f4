package exporters

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/factline/factline/models/formats"

	"github.com/factline/factline/models"
)

// writeFactlineJSON writes the lossless factline JSON Document, one actor,
// source or entry at a time.
func writeFactlineJSON(ctx context.Context, w *bufio.Writer, x *Export) error {
	t := x.Timeline
	head, err := json.Marshal(formats.DocTimeline{Slug: t.Slug, Title: t.Title, Summary: t.Summary, Visibility: t.Visibility})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, `{"format":"factline","format_version":%d,"timeline":`, formats.FormatVersion)
	w.Write(head)
	l := jsonList{w: w}
	l.open(`,"actors":[`)
	if err := x.Store.EachActor(ctx, t.ID, func(a *models.Actor) error { return l.add(docActor(a)) }); err != nil {
		return err
	}
	l.open(`],"sources":[`)
	if err := x.Store.EachSource(ctx, t.ID, func(s *models.Source) error { return l.add(docSource(s)) }); err != nil {
		return err
	}
	l.open(`],"entries":[`)
	if err := x.eachEntry(ctx, func(e *models.StreamedEntry) error { return l.add(docEntry(e)) }); err != nil {
		return err
	}
	eras, err := x.Store.ErasOf(ctx, t.ID)
	if err != nil {
		return err
	}
	if len(eras) > 0 {
		l.open(`],"eras":[`)
		for _, e := range eras {
			if err := l.add(formats.DocEra{Title: e.Title, Period: e.Period.String()}); err != nil {
				return err
			}
		}
	}
	_, err = w.WriteString("\n]}\n")
	return err
}

// jsonList writes the elements of a JSON array one a line.
type jsonList struct {
	w     *bufio.Writer
	first bool
}

// open writes what comes before a new list and starts counting its elements.
func (l *jsonList) open(s string) {
	l.w.WriteString(s)
	l.first = true
}

// add writes one element.
func (l *jsonList) add(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if !l.first {
		l.w.WriteByte(',')
	}
	l.first = false
	l.w.WriteByte('\n')
	_, err = l.w.Write(b)
	return err
}

// docEntry turns a streamed entry into the document's form, keeping the
// relations that start at it.
func docEntry(e *models.StreamedEntry) formats.DocEntry {
	d := formats.DocEntry{Kind: e.Kind, ID: e.ItemID, Lane: e.Lane, Note: e.Note, Title: e.Title,
		Description: e.Description, Date: e.Date.String(), SpeakerID: e.SpeakerID, Place: e.Place,
		Tags: nonNil(e.Tags), Citations: []formats.DocCitation{}, Relations: []formats.DocRelation{}, DisplayDate: e.DisplayDate}
	if e.MediaURL != "" || e.MediaCaption != "" || e.MediaCredit != "" || e.MediaThumbnail != "" {
		d.Media = &formats.DocMedia{URL: e.MediaURL, Caption: e.MediaCaption, Credit: e.MediaCredit, Thumbnail: e.MediaThumbnail}
	}
	if e.Kind == models.KindClaim {
		d.Verbatim, d.Rating, d.Rationale = e.Verbatim, e.Rating, e.Rationale
	}
	for _, p := range e.Participants {
		d.Participants = append(d.Participants, formats.DocParticipant{ActorID: p.ActorID, RoleWord: p.RoleWord})
	}
	for _, c := range e.Citations {
		d.Citations = append(d.Citations, formats.DocCitation{SourceID: c.SourceID, Quote: c.Quote, Prefix: c.Prefix,
			Suffix: c.Suffix, StartOffset: c.StartOffset, EndOffset: c.EndOffset, Locator: c.Locator, Note: c.Note})
	}
	for _, r := range e.Relations {
		if r.From() == e.Ref() {
			d.Relations = append(d.Relations, formats.DocRelation{Kind: r.Kind, To: formats.Anchor(r.ToKind, r.ToID)})
		}
	}
	return d
}

func docActor(a *models.Actor) formats.DocActor {
	d := formats.DocActor{ID: a.ID, Kind: a.Kind, Name: a.Name, Aliases: nonNil(a.AliasList()),
		Description: a.Description, WikidataID: a.WikidataID, Roles: []formats.DocRole{}}
	for _, r := range a.Roles {
		d.Roles = append(d.Roles, formats.DocRole{Title: r.Title, OrganisationID: r.OrganisationID, Period: r.Period.String()})
	}
	return d
}

func docSource(s *models.Source) formats.DocSource {
	return formats.DocSource{ID: s.ID, Kind: s.Kind, URL: s.URL, Title: s.Title, Publisher: s.Publisher,
		Author: s.Author, Published: s.Published.String(), Accessed: s.Accessed.String(),
		ArchiveURL: s.ArchiveURL, Text: s.Text, Notes: s.Notes, Language: s.Language}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
