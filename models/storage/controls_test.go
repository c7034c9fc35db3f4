package storage_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/storage"
)

// textFields are the text fields a researcher types, by kind of record; names
// are those that name or title a thing (RefuseInNames).
var textFields = map[string][]string{
	"actor": {"name", "aliases", "description"}, "role": {"title"}, "claim": {"text", "rationale", "tags"},
	"event": {"title", "description", "place", "tags"}, "participant": {"role_word"},
	"source": {"title", "publisher", "author", "notes"}, "citation": {"locator", "note"},
	"timeline": {"title", "summary"}, "entry": {"lane", "note"}, "user": {"name"}, "api token": {"name"},
	"era": {"title"},
}

var nameFields = map[string]bool{
	"actor name": true, "actor aliases": true, "role title": true, "claim tags": true, "event title": true,
	"event place": true, "event tags": true, "participant role_word": true, "source title": true,
	"source publisher": true, "source author": true, "timeline title": true, "entry lane": true,
	"user name": true, "api token name": true, "era title": true,
}

// saveWithEachField saves every kind of record with value in each of its text
// fields in turn, and returns the message each field got ("" for a save that
// went through), keyed "kind field".
func saveWithEachField(t *testing.T, value string) map[string]string {
	t.Helper()
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	src := storage.MakeSource(t, s, "Report", "The minister said the talks failed.", "2022")
	claim := storage.MakeClaim(t, s, nil, "The talks failed", "2022")
	event := storage.MakeEvent(t, s, "Talks", "2022")
	actor := storage.MakeActor(t, s, "Ana")
	tl := storage.MakeTimeline(t, s, "controls")
	owner, err := accounts.Of(s).CreateUser(ctx, "ana@example.org", "Ana", models.RoleEditor, "long enough password")
	if err != nil {
		t.Fatal(err)
	}
	n := 0 // keeps what must be unique (slugs, emails) apart between saves that go through
	cases := map[string]func(field string) error{
		"actor": func(f string) error {
			a := &models.Actor{Kind: models.Person, Name: fmt.Sprint("Bo ", n)}
			setField(f, value, map[string]*string{"name": &a.Name, "aliases": &a.Aliases, "description": &a.Description})
			return s.SaveActor(ctx, a)
		},
		"role": func(f string) error {
			return s.SaveRole(ctx, &models.Role{ActorID: actor.ID, Title: value})
		},
		"claim": func(f string) error {
			c := &models.Claim{Text: "Said"}
			if f == "tags" {
				c.Tags = []string{value}
			}
			setField(f, value, map[string]*string{"text": &c.Text, "rationale": &c.Rationale})
			return s.SaveClaim(ctx, c)
		},
		"event": func(f string) error {
			e := &models.Event{Title: "Met"}
			if f == "tags" {
				e.Tags = []string{value}
			}
			setField(f, value, map[string]*string{"title": &e.Title, "description": &e.Description, "place": &e.Place})
			return s.SaveEvent(ctx, e)
		},
		"participant": func(f string) error {
			return s.AddParticipant(ctx, models.Participant{EventID: event.ID, ActorID: actor.ID, RoleWord: value})
		},
		"source": func(f string) error {
			x := &models.Source{Kind: "article", Title: "Piece"}
			setField(f, value, map[string]*string{"title": &x.Title, "publisher": &x.Publisher, "author": &x.Author, "notes": &x.Notes})
			return s.SaveSource(ctx, x)
		},
		"citation": func(f string) error {
			c := &models.Citation{SourceID: src.ID, ClaimID: &claim.ID, Quote: "the talks failed"}
			setField(f, value, map[string]*string{"locator": &c.Locator, "note": &c.Note})
			return s.SaveCitation(ctx, c)
		},
		"timeline": func(f string) error {
			x := &models.Timeline{Title: "Story", Slug: fmt.Sprint("story-", n), Visibility: "team"}
			setField(f, value, map[string]*string{"title": &x.Title, "summary": &x.Summary})
			return s.SaveTimeline(ctx, x)
		},
		"entry": func(f string) error {
			e := &models.Entry{TimelineID: tl.ID, ItemKind: models.KindClaim, ItemID: storage.MakeClaim(t, s, nil, "Said", "2022").ID}
			setField(f, value, map[string]*string{"lane": &e.Lane, "note": &e.Note})
			return s.AddEntry(ctx, e)
		},
		"user": func(f string) error {
			_, err := accounts.Of(s).CreateUser(ctx, fmt.Sprintf("bo%d@example.org", n), value, models.RoleEditor, "long enough password")
			return err
		},
		"api token": func(f string) error {
			_, err := accounts.Of(s).CreateAPIToken(ctx, owner.ID, value)
			return err
		},
		"era": func(f string) error {
			return s.AddEra(ctx, &models.Era{TimelineID: tl.ID, Title: value, Period: edtf.MustParse("2022")})
		},
	}
	got := map[string]string{}
	for kind, fs := range textFields {
		for _, f := range fs {
			n++
			err := cases[kind](f)
			var fe models.FieldErrors
			switch {
			case err == nil:
				got[kind+" "+f] = ""
			case errors.As(err, &fe) && fe[f] != "":
				got[kind+" "+f] = fe[f]
			default:
				t.Fatalf("%s with %q in %s: %v", kind, value, f, err)
			}
		}
	}
	return got
}

// TestControlCharactersAreRefusedInEveryTextField saves every kind of record
// with a C0 control character in each text field in turn: the save is refused
// with a message for that field. Tab, newline and carriage return are text.
func TestControlCharactersAreRefusedInEveryTextField(t *testing.T) {
	for field, msg := range saveWithEachField(t, "bad\x01text") {
		if !strings.Contains(msg, "control character") {
			t.Errorf("%s with a control character: %q, want a message", field, msg)
		}
	}
	s := storage.NewTestStore(t, nil)
	ok := &models.Claim{Text: "Two lines\nand a\ttab\r\n"}
	if err := s.SaveClaim(models.AsSystem(context.Background()), ok); err != nil {
		t.Errorf("tab, newline and CR are text: %v", err)
	}
}

// TestUnwantedCharactersAreRefusedInEveryTextField: a C1 control, a
// noncharacter (U+FFFE, U+FFFF, which XML cannot carry) and a bidirectional
// override (U+202E, which shows "txt.exe" as "exe.txt") are refused in every
// text field, with a message that names the character.
func TestUnwantedCharactersAreRefusedInEveryTextField(t *testing.T) {
	for _, bad := range []string{"bad\u0085text", "bad\ufffetext", "bad\uffff", "bad\U0010FFFF", "\u202etxt.exe"} {
		r := []rune(strings.TrimPrefix(bad, "bad"))[0]
		for field, msg := range saveWithEachField(t, bad) {
			if !strings.Contains(msg, fmt.Sprintf("U+%04X", r)) {
				t.Errorf("%s with %q: %q, want a message naming U+%04X", field, bad, msg, r)
			}
		}
	}
}

// TestNamesRefuseInvisibleCharacters: bidirectional isolates and zero-width
// characters are refused where they let a name pass for another (names,
// titles, tags, lanes) and kept in longer text (a claim, a description, a
// note), as quotes of real text carry them; the zero-width joiner and
// non-joiner, which Persian and the Indic scripts need, and the direction
// marks stay everywhere.
func TestNamesRefuseInvisibleCharacters(t *testing.T) {
	for _, bad := range []string{"Ana\u200bMaria", "\u2067Ana\u2069", "Ana\ufeff", "Ana\u2060"} {
		for field, msg := range saveWithEachField(t, bad) {
			if nameFields[field] && !strings.Contains(msg, "invisible character") {
				t.Errorf("name %s with %q: %q, want refused", field, bad, msg)
			}
			if !nameFields[field] && msg != "" {
				t.Errorf("text %s with %q refused: %q", field, bad, msg)
			}
		}
	}
	for field, msg := range saveWithEachField(t, "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u200d\u200e\u200f") {
		if msg != "" {
			t.Errorf("%s refused joiners and direction marks: %q", field, msg)
		}
	}
}

// TestSourceTextDropsControlCharacters keeps a captured or pasted document's
// text but without its control characters.
func TestSourceTextDropsControlCharacters(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	src := storage.MakeSource(t, s, "Scan", "page\x0cbreak and a\x00nul\ttab\nline", "2022")
	if src.Text != "pagebreak and anul\ttab\nline" {
		t.Errorf("text %q", src.Text)
	}
}

// setField points the named field of a record at value.
func setField(field, value string, fields map[string]*string) {
	if p, ok := fields[field]; ok {
		*p = value
	}
}

// TestVersionMessageDropsControlCharacters publishes a version with a control
// character in its message: it is kept without it.
func TestVersionMessageDropsControlCharacters(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	tl := storage.MakeTimeline(t, s, "versions")
	v, err := s.PublishVersion(models.AsSystem(context.Background()), tl, "first\x00 cut\x1b")
	if err != nil {
		t.Fatal(err)
	}
	if v.Message != "first cut" {
		t.Errorf("message %q", v.Message)
	}
}

// TestEveryTextFieldHasALengthLimit saves every kind of record with text one
// character over its field's limit in each field in turn (a 45 MB headline and
// a 900,000-character claim were saved before): each is refused with a
// message for that field; at the limit it is saved. 60,000 tags are refused.
func TestEveryTextFieldHasALengthLimit(t *testing.T) {
	over := saveWithEachField(t, strings.Repeat("é", models.MaxTextLen+1))
	names := saveWithEachField(t, strings.Repeat("é", models.MaxNameLen+1))
	for field, msg := range over {
		want := fmt.Sprintf("%d characters at most", models.MaxTextLen)
		switch {
		case strings.HasSuffix(field, " tags"):
			want = fmt.Sprintf("each tag to %d characters", models.MaxTagLen)
		case field == "api token name":
			want = "100 characters" // its own, lower limit
		case nameFields[field]:
			want = fmt.Sprintf("%d characters at most", models.MaxNameLen)
		}
		if !strings.Contains(msg, want) {
			t.Errorf("%s over its limit: %q, want %q", field, msg, want)
		}
		if nameFields[field] && names[field] == "" {
			t.Errorf("name %s one over %d: %q", field, models.MaxNameLen, names[field])
		}
	}
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	many := make([]string, 60000)
	for i := range many {
		many[i] = fmt.Sprint("tag", i)
	}
	var fe models.FieldErrors
	if err := s.SaveClaim(ctx, &models.Claim{Text: "Said", Tags: many}); !errors.As(err, &fe) || !strings.Contains(fe["tags"], "50 tags at most") {
		t.Errorf("60,000 tags: %v", err)
	}
	if err := s.SaveEvent(ctx, &models.Event{Title: "Met", Tags: []string{strings.Repeat("t", models.MaxTagLen+1)}}); !errors.As(err, &fe) || fe["tags"] == "" {
		t.Errorf("a tag over %d characters: %v", models.MaxTagLen, err)
	}
	if err := s.SaveClaim(ctx, &models.Claim{Text: strings.Repeat("é", models.MaxTextLen)}); err != nil {
		t.Errorf("a claim at the limit: %v", err)
	}
	if err := s.SaveSource(ctx, &models.Source{Kind: "article", Title: "Piece", URL: "https://example.org/" + strings.Repeat("a", models.MaxURLLen)}); !errors.As(err, &fe) || fe["url"] == "" {
		t.Errorf("a URL over %d: %v", models.MaxURLLen, err)
	}
}
