package quotes

import "strings"

// Actor is a known actor to match speakers against.
type Actor struct {
	ID      int64
	Name    string
	Aliases []string
	Kind    string // "person" or "organisation"
}

// matchActor matches a written name to a known actor by name, alias or
// surname (case-insensitive); an ambiguous surname matches no one.
func (q *quoteLanguage) matchActor(known []Actor, written string) (int64, string) {
	w := strings.ToLower(q.stripTitle(written))
	var found *Actor
	for i := range known {
		k := &known[i]
		if strings.ToLower(k.Name) == w {
			return k.ID, k.Kind
		}
		for _, al := range k.Aliases {
			if l := strings.ToLower(al); l == w || strings.TrimPrefix(l, "the ") == w {
				return k.ID, k.Kind
			}
		}
	}
	for i := range known {
		k := &known[i]
		if k.Kind == "person" && !strings.Contains(w, " ") && sameSurname(k.Name, w) {
			if found != nil {
				return 0, ""
			}
			found = k
		}
	}
	if found == nil {
		return 0, ""
	}
	return found.ID, found.Kind
}

// sameSurname reports whether short ends with the last word of full's name.
func sameSurname(full, short string) bool {
	f, s := strings.Fields(full), strings.Fields(short)
	return len(f) > 0 && len(s) > 0 && strings.EqualFold(f[len(f)-1], s[len(s)-1])
}

func (q *quoteLanguage) stripTitle(s string) string {
	f := strings.Fields(s)
	if len(f) > 1 {
		if _, ok := q.titles.Lookup(strings.ToLower(strings.TrimSuffix(f[0], "."))); ok {
			return strings.Join(f[1:], " ")
		}
	}
	return s
}
