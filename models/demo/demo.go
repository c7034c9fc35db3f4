// Package demo is the worked example of docs/ARCHITECTURE.md §1, the demo
// timeline that `factline demo` and `serve --demo` load and that many tests use.
package demo

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// Slug is the slug of the worked example's timeline.
const Slug = "ohchr-xinjiang-assessment"

// Load stores the worked example of ARCHITECTURE.md §1 — the OHCHR's Xinjiang
// assessment and the responses to it, as reported on 10 Sep 2022 — in one
// transaction. It is made of facts (names, dates, titles, short quoted phrases),
// never the article's own sentences, so the sources carry no text.
func Load(ctx context.Context, s *storage.Store) (*models.Timeline, error) {
	var t *models.Timeline
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		t, err = loadDemo(ctx, tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return t, nil
}

type demoLoader struct {
	ctx context.Context
	s   *storage.Store
	err error
}

func loadDemo(ctx context.Context, s *storage.Store) (*models.Timeline, error) {
	d := &demoLoader{ctx: ctx, s: s}
	ohchr := d.actor(models.Organisation, "Office of the UN High Commissioner for Human Rights", "OHCHR\nUN Human Rights Office", "The UN's human-rights secretariat, in Geneva.", "")
	unga := d.actor(models.Organisation, "UN General Assembly", "UNGA\nGeneral Assembly", "", "")
	hrc := d.actor(models.Organisation, "UN Human Rights Council", "Human Rights Council\nHRC", "", "")
	china := d.actor(models.Organisation, "China", "People's Republic of China\nPRC\nBeijing", "The state, as speaker through its government and diplomats.", "Q148")
	bachelet := d.actor(models.Person, "Michelle Bachelet", "Bachelet", "Former President of Chile.", "")
	turk := d.actor(models.Person, "Volker Türk", "Türk\nVolker Turk", "Austrian UN official.", "")
	chen := d.actor(models.Person, "Chen Xu", "Chen", "Chinese diplomat.", "")
	d.role(bachelet, "UN High Commissioner for Human Rights", ohchr, "2018-09-01/2022-08-31")
	d.role(turk, "UN High Commissioner for Human Rights", ohchr, "2022-10/..")
	d.role(chen, "Ambassador of China to the UN Office at Geneva", china, "")

	article := d.source(&models.Source{Kind: "article", Title: "China shuns co-operation with UN human rights office over critical report",
		Publisher: "NZ Herald", Author: "Associated Press", Published: edtf.MustParse("2022-09-10"),
		Notes: "An AP report; the demo keeps facts and short quoted phrases, not the article's text."})
	report := d.source(&models.Source{Kind: "report", Title: "OHCHR Assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region, People's Republic of China",
		URL:       "https://www.ohchr.org/en/documents/country-reports/ohchr-assessment-human-rights-concerns-xinjiang-uyghur-autonomous-region",
		Publisher: "OHCHR", Published: edtf.MustParse("2022-08-31")})

	assessment := d.event("OHCHR publishes its assessment of human-rights concerns in Xinjiang", "2022-08-31",
		"Published in the final minutes of Michelle Bachelet's last day as High Commissioner.", "Geneva", "xinjiang", "ohchr")
	d.participant(assessment, ohchr, "publisher")
	d.participant(assessment, bachelet, "High Commissioner")
	d.cite(models.Ref{Kind: models.KindEvent, ID: assessment}, report, "", "")
	termEnds := d.event("Michelle Bachelet's term as UN High Commissioner for Human Rights ends", "2022-08-31", "", "", "ohchr")
	d.participant(termEnds, bachelet, "")
	d.cite(models.Ref{Kind: models.KindEvent, ID: termEnds}, article, "", "")
	approved := d.event("The UN General Assembly approves Volker Türk as Bachelet's successor", "2022-09-08", "Türk is Austrian.", "New York", "ohchr")
	d.participant(approved, unga, "approves")
	d.participant(approved, turk, "nominee")
	d.cite(models.Ref{Kind: models.KindEvent, ID: approved}, article, "On Thursday", "the article dates it \"On Thursday\", relative to Sat 10 Sep 2022")
	session := d.event("The Human Rights Council's four-week session opens", "2022-09-12/2022-10-07", "", "Geneva", "hrc")
	d.participant(session, hrc, "")
	d.cite(models.Ref{Kind: models.KindEvent, ID: session}, article, "starting Monday", "the article says \"starting Monday\" and \"four-week\"")

	crimes := d.claim(ohchr, "Some rights violations under China's anti-terrorism policies could amount to crimes against humanity.", false, "2022-08-31", "xinjiang")
	d.cite(models.Ref{Kind: models.KindClaim, ID: crimes}, report, "crimes against humanity", "")
	blame := d.claim(chen, "The assessment offered up \"groundless blame\" of China's policies.", false, "../2022-09-10", "xinjiang", "response")
	d.cite(models.Ref{Kind: models.KindClaim, ID: blame}, article, "groundless blame", "told the UN Geneva press association ACANU")
	fabrication := d.claim(china, "The assessment is a fabrication cooked up by Western nations.", false, "../2022-09-10", "xinjiang", "response")
	d.cite(models.Ref{Kind: models.KindClaim, ID: fabrication}, article, "cooked up", "the article says China repeats this line")
	d.relate(models.Ref{Kind: models.KindClaim, ID: blame}, models.Ref{Kind: models.KindEvent, ID: assessment}, "responds to")
	d.relate(models.Ref{Kind: models.KindClaim, ID: fabrication}, models.Ref{Kind: models.KindEvent, ID: assessment}, "responds to")
	d.relate(models.Ref{Kind: models.KindClaim, ID: fabrication}, models.Ref{Kind: models.KindClaim, ID: blame}, "repeats")

	t := &models.Timeline{Slug: Slug, Title: "The OHCHR's Xinjiang assessment and China's response",
		Summary:    "The UN human-rights office's assessment of 31 Aug 2022, the change of High Commissioner, and China's responses, as reported on 10 Sep 2022.",
		Visibility: "public"}
	if d.err == nil {
		d.err = s.SaveTimeline(ctx, t)
	}
	for _, e := range []struct {
		ref  models.Ref
		lane string
	}{
		{models.Ref{Kind: models.KindEvent, ID: assessment}, "UN"}, {models.Ref{Kind: models.KindEvent, ID: termEnds}, "UN"}, {models.Ref{Kind: models.KindClaim, ID: crimes}, "UN"},
		{models.Ref{Kind: models.KindEvent, ID: approved}, "UN"}, {models.Ref{Kind: models.KindClaim, ID: blame}, "China"}, {models.Ref{Kind: models.KindClaim, ID: fabrication}, "China"},
		{models.Ref{Kind: models.KindEvent, ID: session}, "UN"},
	} {
		if d.err == nil {
			d.err = s.AddEntry(ctx, &models.Entry{TimelineID: t.ID, ItemKind: e.ref.Kind, ItemID: e.ref.ID, Lane: e.lane})
		}
	}
	return t, d.err
}

func (d *demoLoader) actor(kind models.ActorKind, name, aliases, description, wikidata string) int64 {
	a := &models.Actor{Kind: kind, Name: name, Aliases: aliases, Description: description, WikidataID: wikidata}
	if d.err == nil {
		d.err = d.s.SaveActor(d.ctx, a)
	}
	return a.ID
}

func (d *demoLoader) role(actor int64, title string, org int64, period string) {
	r := &models.Role{ActorID: actor, Title: title, OrganisationID: &org, Period: edtf.MustParse(period)}
	if d.err == nil {
		d.err = d.s.SaveRole(d.ctx, r)
	}
}

func (d *demoLoader) source(src *models.Source) int64 {
	if d.err == nil {
		d.err = d.s.SaveSource(d.ctx, src)
	}
	return src.ID
}

func (d *demoLoader) event(title, date, description, place string, tags ...string) int64 {
	e := &models.Event{Title: title, Occurred: edtf.MustParse(date), Description: description, Place: place, Tags: tags}
	if d.err == nil {
		d.err = d.s.SaveEvent(d.ctx, e)
	}
	return e.ID
}

func (d *demoLoader) participant(event, actor int64, roleWord string) {
	if d.err == nil {
		d.err = d.s.AddParticipant(d.ctx, models.Participant{EventID: event, ActorID: actor, RoleWord: roleWord})
	}
}

func (d *demoLoader) claim(speaker int64, text string, verbatim bool, date string, tags ...string) int64 {
	c := &models.Claim{Text: text, Verbatim: verbatim, SpeakerID: &speaker, SaidOn: edtf.MustParse(date), Rating: models.Unrated, Tags: tags}
	if d.err == nil {
		d.err = d.s.SaveClaim(d.ctx, c)
	}
	return c.ID
}

func (d *demoLoader) cite(item models.Ref, source int64, quote, note string) {
	c := &models.Citation{SourceID: source, Quote: quote, Note: note}
	if quote == "" && note == "" {
		c.Locator = "whole document"
	}
	if item.Kind == models.KindClaim {
		c.ClaimID = &item.ID
	} else {
		c.EventID = &item.ID
	}
	if d.err == nil {
		d.err = d.s.SaveCitation(d.ctx, c)
	}
}

func (d *demoLoader) relate(from, to models.Ref, kind string) {
	r := &models.Relation{FromKind: from.Kind, FromID: from.ID, ToKind: to.Kind, ToID: to.ID, Kind: kind}
	if d.err == nil {
		d.err = d.s.SaveRelation(d.ctx, r)
	}
}
