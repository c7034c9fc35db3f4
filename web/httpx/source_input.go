package httpx

import (
	"github.com/factline/factline/models"
)

// SourceInput is a source as its form or the API sends it; a new text
// re-anchors the source's citations.
type SourceInput struct {
	Kind      string `json:"kind"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Author    string `json:"author"`
	Published string `json:"published"`
	Accessed  string `json:"accessed"`
	// ArchiveURL is a copy of the page kept elsewhere (the Wayback Machine's, say).
	ArchiveURL string `json:"archive_url"`
	Text       string `json:"text"`
	Notes      string `json:"notes"`
	// Language is a code factline reads (en, de, fr, pt); "" or absent: told from the text.
	Language string `json:"language"`
	// CanonicalURL is the page's own address for itself, when known.
	CanonicalURL string `json:"canonical_url"`
	Sent
}

// SourceFields are the source form's fields; capture_id ties a capture the
// capture form made to the source it creates.
var SourceFields = []string{"kind", "url", "canonical_url", "title", "publisher", "author", "published", "accessed",
	"archive_url", "text", "language", "notes", "version", "confirm_new", "capture_id"}

// SourceFromForm reads a posted source form (its values by field).
func SourceFromForm(get func(string) string) SourceInput {
	return SourceInput{Kind: get("kind"), URL: get("url"), Title: get("title"), Publisher: get("publisher"),
		Author: get("author"), Published: get("published"), Accessed: get("accessed"), ArchiveURL: get("archive_url"),
		Text: get("text"), Notes: get("notes"), Language: get("language"), CanonicalURL: get("canonical_url"),
		Sent: sentFromForm(get)}
}

// Source is the source with id (0 for a new one) that the input saves, validated.
func (in SourceInput) Source(id int64) (*models.Source, error) {
	fe := models.FieldErrors{}
	src := &models.Source{ID: id, Kind: in.Kind, URL: in.URL, CanonicalURL: in.CanonicalURL, Title: in.Title,
		Publisher: in.Publisher, Author: in.Author, Published: models.ParseDate(fe, "published", in.Published),
		Accessed: models.ParseDate(fe, "accessed", in.Accessed), ArchiveURL: in.ArchiveURL, Text: in.Text,
		Language: in.Language, Notes: in.Notes, Version: in.Version}
	return validated(src, fe, src.Validate())
}
