package models

import (
	"context"
	"regexp"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Visibilities lists who may see a timeline, from most to least restricted.
var Visibilities = []string{"private", "team", "unlisted", "public"}

// Timeline is an ordered set of claims and events with a stable slug.
type Timeline struct {
	ID         int64          `json:"id"`
	Slug       string         `json:"slug"`
	Title      string         `json:"title"`
	Summary    string         `json:"summary"`
	Visibility string         `json:"visibility"`
	OwnerID    *int64         `json:"owner_id"`
	CreatedAt  time.Time      `json:"created_at"`
	UpdatedAt  time.Time      `json:"updated_at"`
	DeletedAt  gorm.DeletedAt `json:"-"`
	Version    int            `json:"version"` // row version; a stale save is refused
	// HistoryPublic lets visitors read the history of the timeline while it is
	// public, from when it became public (the owner's choice, as Visibility).
	HistoryPublic bool `json:"history_public"`
	// ImportPending marks a timeline whose import has not finished (or was stopped half-way).
	ImportPending bool `json:"import_pending"`
	// Published is the number of the newest published version (0: none); read only.
	Published int `gorm:"->;-:migration" json:"published"`
	// ErasJSON is the timeline's eras as GetTimelineFor reads them with it; read only, see LoadedEras.
	ErasJSON string `gorm:"->;-:migration" json:"-"`
}

// Entry puts a claim or event on a timeline, in an optional lane, with a note.
// An imported entry also keeps its file's display date and media.
type Entry struct {
	ID         int64    `json:"id"`
	TimelineID int64    `json:"timeline_id"`
	ItemKind   ItemKind `json:"item_kind"`
	ItemID     int64    `json:"item_id"`
	Lane       string   `json:"lane"`
	Note       string   `json:"note"`
	EntryExtras
	CreatedAt time.Time `json:"created_at"`
	// Version is the row version: a change of lane and note made from a stale
	// read is refused (ErrConflict).
	Version int `json:"version"`
}

// EntryExtras is what a TimelineJS slide carries beyond the claim or event:
// the author's own words for the date ("13 сентября") and the slide's media.
// A media URL is kept as written, relative or not, and may be a quotation
// (TimelineJS's <blockquote> media).
type EntryExtras struct {
	DisplayDate    string `json:"display_date"`
	MediaURL       string `gorm:"column:media_url" json:"media_url"`
	MediaCaption   string `json:"media_caption"`
	MediaCredit    string `json:"media_credit"`
	MediaThumbnail string `json:"media_thumbnail"`
}

// TableName is the entries' table.
func (Entry) TableName() string { return "timeline_entries" }

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate checks the fields a researcher types, deriving the slug from the
// title when it is left empty.
func (t *Timeline) Validate() FieldErrors {
	fe := FieldErrors{}
	t.Title = strings.TrimSpace(t.Title)
	Required(fe, "title", t.Title, "A title")
	t.Slug = strings.TrimSpace(t.Slug)
	if t.Slug == "" {
		t.Slug = Slugify(t.Title)
	}
	if t.Slug != "" && (!slugPattern.MatchString(t.Slug) || len(t.Slug) > 80) {
		fe.Add("slug", "Use lower-case letters, digits and single hyphens (at most 80), like ohchr-xinjiang-assessment.")
	}
	RefuseInNames(fe, map[string]string{"title": t.Title})
	RefuseControls(fe, map[string]string{"summary": t.Summary})
	if t.Visibility == "" {
		t.Visibility = "private"
	}
	if !contains(Visibilities, t.Visibility) {
		fe.Add("visibility", "Choose private, team, unlisted or public.")
	}
	return fe
}

// Slugify turns a title into a slug: lower-case ASCII words joined by hyphens.
func Slugify(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	return b.String()
}

// GetsPrivateSlug reports whether a timeline of this visibility, saved by the
// viewer of ctx, gets a random ending on its slug.
func GetsPrivateSlug(ctx context.Context, visibility string) bool {
	return (visibility == "private" || visibility == "") && UserFrom(ctx) != nil && !IsSystem(ctx)
}
