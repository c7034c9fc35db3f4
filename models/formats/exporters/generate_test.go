package exporters_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// words are what generated text is made of: scripts, emoji, quotes, markup and
// the CSV and Markdown characters that exports must carry unchanged.
var words = []string{"Türk", "Genève", "中国", "Ελλάδα", "Україна", "🙂", "O'Brien", `"quoted"`, "<b>&amp;</b>",
	"a,b;c", "*not bold*", "[^1]", "#tag", "line", "report", "assessment", "Chen Xu", "العربية", "x|y", "50%"}

// dates has one date of every precision and qualifier the model knows.
var dates = []string{"", "2021", "2021-03", "2021-03-04", "2021-03-04T05:06+02:00", "2021-03-04T05:06:07Z",
	"2022-09-09?", "2022-09~", "2022%", "2022-09-12/2022-10-07", "../2022-09-10", "2022-09-12/..", "2019/2020-06", "1850-01-01"}

// sentence is n random words.
func sentence(r *rand.Rand, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = words[r.IntN(len(words))]
	}
	return strings.Join(parts, " ")
}

// generateTimeline stores a random timeline made with the Store's own saves:
// actors with aliases and roles, sources with text, claims and events with
// every kind of date, tags, participants, citations quoting the sources, and
// relations between entries.
func generateTimeline(t *testing.T, store *storage.Store, seed uint64, slug string) *models.Timeline {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	ctx := models.AsSystem(context.Background())
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var actors []*models.Actor
	for i := range 2 + r.IntN(5) {
		a := &models.Actor{Kind: models.Person, Name: fmt.Sprintf("%s %d", sentence(r, 2), i),
			Aliases: sentence(r, 1) + fmt.Sprintf(" alias %d", i), Description: sentence(r, r.IntN(6))}
		if r.IntN(2) == 0 {
			a.Kind, a.WikidataID = models.Organisation, fmt.Sprintf("Q%d", 1+r.IntN(9999))
		}
		must(store.SaveActor(ctx, a))
		actors = append(actors, a)
	}
	for _, a := range actors[1:] {
		if r.IntN(2) == 0 {
			must(store.SaveRole(ctx, &models.Role{ActorID: a.ID, Title: sentence(r, 3), OrganisationID: &actors[0].ID,
				Period: edtf.MustParse(dates[r.IntN(len(dates))])}))
		}
	}
	var sources []*models.Source
	for i := range 1 + r.IntN(6) {
		s := &models.Source{Kind: models.SourceKinds[r.IntN(len(models.SourceKinds))], Title: sentence(r, 3) + " report",
			Publisher: sentence(r, r.IntN(3)), Author: sentence(r, r.IntN(3)), Published: edtf.MustParse(dates[r.IntN(len(dates))]),
			Accessed: edtf.MustParse(dates[r.IntN(len(dates))]), Text: sentence(r, r.IntN(40)), Notes: sentence(r, r.IntN(4))}
		if r.IntN(4) > 0 {
			s.URL = fmt.Sprintf("https://example.org/%d/%d", seed, i)
			s.ArchiveURL = fmt.Sprintf("https://web.archive.org/%d/%d", seed, i)
		}
		must(store.SaveSource(ctx, s))
		sources = append(sources, s)
	}
	tl := &models.Timeline{Slug: slug, Title: sentence(r, 4), Summary: sentence(r, 8), Visibility: models.Visibilities[r.IntN(4)]}
	must(store.SaveTimeline(ctx, tl))
	var refs []models.Ref
	for range 3 + r.IntN(25) {
		ref := models.Ref{Kind: models.KindEvent}
		date := edtf.MustParse(dates[r.IntN(len(dates))])
		tags := strings.Fields(strings.ToLower(sentence(r, r.IntN(3))))
		if r.IntN(2) == 0 {
			c := &models.Claim{Text: sentence(r, 1+r.IntN(12)), Verbatim: r.IntN(2) == 0, SaidOn: date,
				Rating: models.Ratings[r.IntN(len(models.Ratings))], Rationale: sentence(r, r.IntN(5)), Tags: tags}
			if r.IntN(4) > 0 {
				c.SpeakerID = &actors[r.IntN(len(actors))].ID
			}
			must(store.SaveClaim(ctx, c))
			ref = models.Ref{Kind: models.KindClaim, ID: c.ID}
		} else {
			e := &models.Event{Title: sentence(r, 1+r.IntN(8)), Description: sentence(r, r.IntN(10)) + "\n" + sentence(r, r.IntN(3)),
				Occurred: date, Place: sentence(r, r.IntN(2)), Tags: tags}
			must(store.SaveEvent(ctx, e))
			ref.ID = e.ID
			for _, a := range actors {
				if r.IntN(3) == 0 {
					must(store.AddParticipant(ctx, models.Participant{EventID: e.ID, ActorID: a.ID, RoleWord: sentence(r, r.IntN(2))}))
				}
			}
		}
		for range r.IntN(4) {
			src := sources[r.IntN(len(sources))]
			c := &models.Citation{SourceID: src.ID, Locator: fmt.Sprintf("p. %d", r.IntN(300)), Note: sentence(r, r.IntN(3))}
			if runes := []rune(src.Text); len(runes) > 4 {
				from := r.IntN(len(runes) - 2)
				c.Quote = strings.TrimSpace(string(runes[from : from+1+r.IntN(len(runes)-from-1)]))
			}
			if ref.Kind == models.KindClaim {
				c.ClaimID = &ref.ID
			} else {
				c.EventID = &ref.ID
			}
			must(store.SaveCitation(ctx, c))
		}
		must(store.AddEntry(ctx, &models.Entry{TimelineID: tl.ID, ItemKind: ref.Kind, ItemID: ref.ID,
			Lane: sentence(r, r.IntN(2)), Note: sentence(r, r.IntN(3))}))
		refs = append(refs, ref)
	}
	related := map[models.Relation]bool{}
	for range r.IntN(len(refs)) {
		from, to := refs[r.IntN(len(refs))], refs[r.IntN(len(refs))]
		rel := models.Relation{FromKind: from.Kind, FromID: from.ID, ToKind: to.Kind, ToID: to.ID,
			Kind: models.RelationKinds[r.IntN(len(models.RelationKinds))]}
		if from == to || related[rel] {
			continue
		}
		related[rel] = true
		must(store.SaveRelation(ctx, &rel))
	}
	return tl
}
