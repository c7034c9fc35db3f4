package duplicates

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/search"
)

// ActorDuplicates returns the stored actors that a may be a second copy of:
// one whose name or an alias is like a's name or an alias (see sameName).
// Candidates are found through the search index by any of the names' words,
// so the lookup reads no table whole. a itself, when stored, is left out; so
// is what the viewer may not read.
func (s Finder) ActorDuplicates(ctx context.Context, a *models.Actor) ([]models.Actor, error) {
	names := [][]string{nameWords(a.Name)}
	for _, alias := range a.AliasList() {
		names = append(names, nameWords(alias))
	}
	var terms []string
	seen := map[string]bool{}
	for _, n := range names {
		for _, w := range n {
			if len(w) > 1 && !seen[w] {
				seen[w] = true
				terms = append(terms, w)
			}
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	ids, err := search.Of(s.Store).ActorsWithAnyWord(ctx, terms)
	if err != nil {
		return nil, fmt.Errorf("store: actors like %q: %w", a.Name, err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	var found []models.Actor
	if err := s.Reader(ctx).Where("id IN ? AND id <> ?", ids, a.ID).Where(s.v.ReadableOf(models.KindActor, "actors.id")).
		Order("id").Find(&found).Error; err != nil {
		return nil, fmt.Errorf("store: actors like %q: %w", a.Name, err)
	}
	var out []models.Actor
	for _, f := range found {
		if len(out) < maxDuplicates && anySameName(names, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

func anySameName(names [][]string, a models.Actor) bool {
	theirs := append([]string{a.Name}, a.AliasList()...)
	for _, n := range names {
		for _, t := range theirs {
			if sameName(n, nameWords(t)) {
				return true
			}
		}
	}
	return false
}

// honorifics are dropped from names before they are compared: "Dr. Chen Xu"
// is Chen Xu.
var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "mx": true,
	"prof": true, "professor": true, "sir": true, "dame": true, "lord": true, "lady": true, "rev": true,
	"hon": true, "amb": true, "ambassador": true, "president": true, "gen": true, "general": true,
	"jr": true, "sr": true, "phd": true, "the": true}

// nameWords are a name's words, folded (case, accents, punctuation), without
// honorifics; initials stay as one-letter words ("J.R.R." is j r r).
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(foldText(name)) {
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	return out
}

// sameName reports whether two names (their nameWords) may name one actor:
// the same words, in any order; or the shorter name's words found in order
// in the longer one, each the same word or an initial of it ("J Smith" and
// "John Smith", "Michelle Bachelet" and "Verónica Michelle Bachelet Jeria"),
// its last word written out in both. A one-word name matches only itself.
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if sortedJoin(a) == sortedJoin(b) {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) < 2 || len(short[len(short)-1]) < 2 {
		return false
	}
	i := 0
	for _, w := range long {
		last := i == len(short)-1
		if i < len(short) && (short[i] == w || !last && sameWord(short[i], w)) {
			i++
		}
	}
	return i == len(short)
}

func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	return (len(a) == 1 || len(b) == 1) && a[0] == b[0]
}

func sortedJoin(words []string) string {
	w := append([]string(nil), words...)
	sort.Strings(w)
	return strings.Join(w, " ")
}
