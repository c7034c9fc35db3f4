package assist

import (
	"context"
	"fmt"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/extract/dates"
	"github.com/factline/factline/models/extract/quotes"
	"github.com/factline/factline/models/storage"
)

// Assist proposes from the sources of the database a Store opens, knowing its
// actors.
type Assist struct{ *storage.Store }

// Of is the extraction assist over the database s reads.
func Of(s *storage.Store) Assist { return Assist{s} }

// Propose finds the dates and quotations of a source's text, read in the
// source's language (detected from the text when it has none), resolving dates
// against its publication date and matching speakers to the actors factline
// knows. Dates that are not calendar dates (durations, sets, times of day) are
// left out: they cannot date a claim or an event.
func (s Assist) Propose(ctx context.Context, src *models.Source) ([]Proposal, error) {
	if src.Text == "" {
		return nil, nil
	}
	known, err := s.KnownActors(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: propose: %w", err)
	}
	anchor := ""
	if src.Published.Precision() >= edtf.Day && !src.Published.IsRange() {
		anchor = src.Published.String()[:10]
	}
	lang := src.Language
	if lang == "" { // saved before sources had a language, or its text told none
		lang = dates.DetectLanguage(src.Text)
	}
	runes := []rune(src.Text)
	var out []Proposal
	for _, t := range dates.DatesIn(lang, src.Text, anchor) {
		if t.Type != "DATE" {
			continue
		}
		p := Proposal{Kind: "date", Start: t.Start, End: t.End, Text: t.Text, Value: t.Value}
		if t.Resolved {
			p.Date, _ = TimexDate(t.Value)
		}
		p.PassageStart, p.PassageEnd = sentenceAround(runes, t.Start, t.End)
		out = append(out, p)
	}
	for _, q := range LinkSpeakers(quotes.QuotesIn(lang, src.Text, known), known) {
		out = append(out, Proposal{Kind: "quote", Start: q.Start, End: q.End, Text: q.Text, Speaker: q.Speaker,
			PassageStart: q.Start, PassageEnd: q.End})
	}
	return out, nil
}

// KnownActors lists the actors factline knows, with their aliases, for the
// extraction assist to link speakers to.
func (s Assist) KnownActors(ctx context.Context) ([]quotes.Actor, error) {
	actors, err := s.ListActors(ctx, "", 5000)
	if err != nil {
		return nil, fmt.Errorf("store: known actors: %w", err)
	}
	known := make([]quotes.Actor, len(actors))
	for i, a := range actors {
		known[i] = quotes.Actor{ID: a.ID, Name: a.Name, Aliases: a.AliasList(), Kind: string(a.Kind)}
	}
	return known, nil
}

// sentenceAround widens [start, end) to the sentence it stands in: back to the
// previous sentence end or line break, forward to the next.
func sentenceAround(r []rune, start, end int) (int, int) {
	for start > 0 && !strings.ContainsRune(".!?\n", r[start-1]) {
		start--
	}
	for end < len(r) && !strings.ContainsRune(".!?\n", r[end]) {
		end++
	}
	if end < len(r) && r[end] != '\n' {
		end++ // keep the full stop
	}
	for start < end && (r[start] == ' ' || r[start] == '\t') {
		start++
	}
	return start, end
}
