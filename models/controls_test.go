package models

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestControlCharactersAreRefusedInEveryTextField saves every kind of record
// with a C0 control character in each text field in turn: the save is refused
// with a message for that field. Tab, newline and carriage return are text.
func TestControlCharactersAreRefusedInEveryTextField(t *testing.T) {
	s := NewTestStore(t, nil)
	ctx := AsSystem(context.Background())
	src := MakeSource(t, s, "Report", "The minister said the talks failed.", "2022")
	claim := MakeClaim(t, s, nil, "The talks failed", "2022")
	event := MakeEvent(t, s, "Talks", "2022")
	actor := MakeActor(t, s, "Ana")
	tl := MakeTimeline(t, s, "controls")
	owner, err := s.CreateUser(ctx, "ana@example.org", "Ana", RoleEditor, "long enough password")
	if err != nil {
		t.Fatal(err)
	}
	bad := "bad\x01text"
	cases := map[string]func(field string) error{
		"actor": func(f string) error {
			a := &Actor{Kind: Person, Name: "Bo"}
			setField(f, bad, map[string]*string{"name": &a.Name, "aliases": &a.Aliases, "description": &a.Description})
			return s.SaveActor(ctx, a)
		},
		"role": func(f string) error {
			r := &Role{ActorID: actor.ID, Title: bad}
			return s.SaveRole(ctx, r)
		},
		"claim": func(f string) error {
			c := &Claim{Text: "Said"}
			if f == "tags" {
				c.Tags = []string{bad}
			}
			setField(f, bad, map[string]*string{"text": &c.Text, "rationale": &c.Rationale})
			return s.SaveClaim(ctx, c)
		},
		"event": func(f string) error {
			e := &Event{Title: "Met"}
			if f == "tags" {
				e.Tags = []string{bad}
			}
			setField(f, bad, map[string]*string{"title": &e.Title, "description": &e.Description, "place": &e.Place})
			return s.SaveEvent(ctx, e)
		},
		"participant": func(f string) error {
			return s.AddParticipant(ctx, Participant{EventID: event.ID, ActorID: actor.ID, RoleWord: bad})
		},
		"source": func(f string) error {
			x := &Source{Kind: "article", Title: "Piece"}
			setField(f, bad, map[string]*string{"title": &x.Title, "publisher": &x.Publisher, "author": &x.Author, "notes": &x.Notes})
			return s.SaveSource(ctx, x)
		},
		"citation": func(f string) error {
			c := &Citation{SourceID: src.ID, ClaimID: &claim.ID, Quote: "the talks failed"}
			setField(f, bad, map[string]*string{"locator": &c.Locator, "note": &c.Note})
			return s.SaveCitation(ctx, c)
		},
		"timeline": func(f string) error {
			x := &Timeline{Title: "Story", Visibility: "team"}
			setField(f, bad, map[string]*string{"title": &x.Title, "summary": &x.Summary})
			return s.SaveTimeline(ctx, x)
		},
		"entry": func(f string) error {
			e := &Entry{TimelineID: tl.ID, ItemKind: KindClaim, ItemID: claim.ID}
			setField(f, bad, map[string]*string{"lane": &e.Lane, "note": &e.Note})
			return s.AddEntry(ctx, e)
		},
		"user": func(f string) error {
			_, err := s.CreateUser(ctx, "bo@example.org", bad, RoleEditor, "long enough password")
			return err
		},
		"api token": func(f string) error {
			_, err := s.CreateAPIToken(ctx, owner.ID, bad)
			return err
		},
	}
	fields := map[string][]string{
		"actor": {"name", "aliases", "description"}, "role": {"title"}, "claim": {"text", "rationale", "tags"},
		"event": {"title", "description", "place", "tags"}, "participant": {"role_word"},
		"source": {"title", "publisher", "author", "notes"}, "citation": {"locator", "note"},
		"timeline": {"title", "summary"}, "entry": {"lane", "note"}, "user": {"name"}, "api token": {"name"},
	}
	for kind, fs := range fields {
		for _, f := range fs {
			err := cases[kind](f)
			var fe FieldErrors
			if !errors.As(err, &fe) || !strings.Contains(fe[f], "control character") {
				t.Errorf("%s with a control character in %s: %v, want a message for %s", kind, f, err, f)
			}
		}
	}
	ok := &Claim{Text: "Two lines\nand a\ttab\r\n"}
	if err := s.SaveClaim(ctx, ok); err != nil {
		t.Errorf("tab, newline and CR are text: %v", err)
	}
}

// TestSourceTextDropsControlCharacters keeps a captured or pasted document's
// text but without its control characters.
func TestSourceTextDropsControlCharacters(t *testing.T) {
	s := NewTestStore(t, nil)
	src := MakeSource(t, s, "Scan", "page\x0cbreak and a\x00nul\ttab\nline", "2022")
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
	s := NewTestStore(t, nil)
	tl := MakeTimeline(t, s, "versions")
	v, err := s.PublishVersion(AsSystem(context.Background()), tl, "first\x00 cut\x1b")
	if err != nil {
		t.Fatal(err)
	}
	if v.Message != "first cut" {
		t.Errorf("message %q", v.Message)
	}
}
