package formats

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// The models an import creates, built the same way for Apply and for
// validate, so that the preview checks exactly what the import saves.

func newActor(da DocActor) *models.Actor {
	return &models.Actor{Kind: da.Kind, Name: da.Name, Aliases: strings.Join(da.Aliases, "\n"),
		Description: da.Description, WikidataID: da.WikidataID}
}

func newSource(ds DocSource) *models.Source {
	return &models.Source{Kind: ds.Kind, URL: ds.URL, Title: ds.Title, Publisher: ds.Publisher, Author: ds.Author,
		Published: edtf.MustParse(ds.Published), Accessed: edtf.MustParse(ds.Accessed), ArchiveURL: ds.ArchiveURL,
		Text: ds.Text, Notes: ds.Notes, Language: ds.Language}
}

func (p *Plan) newTimeline(owner *int64) *models.Timeline {
	tl := p.Timeline
	return &models.Timeline{Slug: tl.Slug, Title: tl.Title, Summary: tl.Summary, Visibility: tl.Visibility, OwnerID: owner}
}

func newEra(timelineID int64, de DocEra) *models.Era {
	return &models.Era{TimelineID: timelineID, Title: de.Title, Period: edtf.MustParse(de.Period)}
}

func newClaim(e DocEntry) *models.Claim {
	return &models.Claim{Text: e.Title, Verbatim: e.Verbatim, SaidOn: edtf.MustParse(e.Date), Rating: e.Rating,
		Rationale: e.Rationale, Tags: e.Tags}
}

func newEvent(e DocEntry) *models.Event {
	return &models.Event{Title: e.Title, Description: e.Description, Occurred: edtf.MustParse(e.Date), Place: e.Place, Tags: e.Tags}
}

func newCitation(sourceID int64, dc DocCitation) *models.Citation {
	return &models.Citation{SourceID: sourceID, Quote: dc.Quote, Prefix: dc.Prefix, Suffix: dc.Suffix,
		StartOffset: dc.StartOffset, EndOffset: dc.EndOffset, Locator: dc.Locator, Note: dc.Note}
}

// validate runs the checks the store runs on every save of the import —
// each model's Validate, and each quote's anchoring in the text of its source
// (the one factline has, when the file's was matched) — collecting every
// problem, named by where in the file it is.
func (p *Plan) validate(ctx context.Context, store *storage.Store) error {
	var ps Problems
	add := func(where string, err error) {
		var found Problems
		if err != nil && errors.As(saveProblem(where, err), &found) {
			for _, pr := range found {
				ps.Add(pr.Where, pr.Field, "%s", pr.Reason)
			}
		}
	}
	if !p.Doc.SourcesOnly {
		add("timeline", p.newTimeline(nil).Validate().OrNil())
	}
	for i, da := range p.Doc.Actors {
		if p.Actors[i].Existing == 0 {
			add(fmt.Sprintf("actor %d", i+1), newActor(da).Validate().OrNil())
		}
	}
	texts := map[int64]string{}
	for i, ds := range p.Doc.Sources {
		texts[ds.ID] = ds.Text
		if id := p.Sources[i].Existing; id != 0 {
			src, err := store.GetSource(ctx, id)
			if err != nil {
				return err
			}
			texts[ds.ID] = src.Text
			continue
		}
		add(fmt.Sprintf("source %d", i+1), newSource(ds).Validate().OrNil())
	}
	for i, de := range p.Doc.Eras {
		add(fmt.Sprintf("era %d", i+1), newEra(0, de).Validate().OrNil())
	}
	for i, e := range p.Doc.Entries {
		where := entryWhere(e, i)
		if e.Kind == models.KindClaim {
			add(where, newClaim(e).Validate().OrNil())
		} else {
			add(where, newEvent(e).Validate().OrNil())
		}
		for _, dc := range e.Citations {
			c := newCitation(dc.SourceID, dc)
			add(where, c.Validate().OrNil())
			if text := texts[dc.SourceID]; c.Quote != "" && text != "" {
				if _, _, _, _, ok := models.Anchor(text, c.Quote, c.StartOffset); !ok {
					ps.Add(where, "quote", "This passage is not in the source's text. Copy it exactly from the source.")
				}
			}
		}
	}
	return ps.Err()
}
