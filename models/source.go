package models

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models/edtf"
)

// MaxSourceText is the longest text, in bytes, a source may hold.
const MaxSourceText = 4 << 20

// SourceKinds lists the kinds of source, in the order forms offer them.
var SourceKinds = []string{"article", "report", "statement", "transcript", "video", "social post", "document"}

// Source is what a claim or event is cited from; its Text is what quotes anchor to.
type Source struct {
	ID                int64          `json:"id"`
	Kind              string         `json:"kind"`
	URL               string         `gorm:"column:url" json:"url"`
	CanonicalURL      string         `gorm:"column:canonical_url" json:"canonical_url,omitempty"` // the page's own <link rel="canonical">, when captured
	URLKey            string         `gorm:"column:url_key" json:"-"`                             // AddressKey(URL), for matching
	CanonicalKey      string         `gorm:"column:canonical_key" json:"-"`                       // AddressKey(CanonicalURL)
	Title             string         `json:"title"`
	Publisher         string         `json:"publisher"`
	Author            string         `json:"author"`
	Published         edtf.Date      `json:"published"`
	PublishedEarliest *string        `json:"published_earliest"`
	PublishedLatest   *string        `json:"published_latest"`
	Accessed          edtf.Date      `json:"accessed"`
	ArchiveURL        string         `gorm:"column:archive_url" json:"archive_url"`
	Text              string         `json:"text"`
	Language          string         `json:"language"` // a code of SourceLanguages; "" until detected from the text
	TextHash          string         `json:"text_hash"`
	Notes             string         `json:"notes"`
	CreatedAt         time.Time      `json:"created_at"`
	UpdatedAt         time.Time      `json:"updated_at"`
	DeletedAt         gorm.DeletedAt `json:"-"`
	Version           int            `json:"version"` // row version; a stale save is refused
	// LiveState is what the newest check of the live address found
	// (LiveSame …, "" before any): written by the check alone, never by a save,
	// and kept out of revisions and documents, which record what people wrote.
	LiveState string `gorm:"->;column:live_state" json:"-"`
}

// Validate checks the fields a researcher types.
func (s *Source) Validate() FieldErrors {
	fe := FieldErrors{}
	s.Title = strings.TrimSpace(s.Title)
	s.URL = strings.TrimSpace(s.URL)
	s.ArchiveURL = strings.TrimSpace(s.ArchiveURL)
	s.CanonicalURL = strings.TrimSpace(s.CanonicalURL)
	s.Language = strings.ToLower(strings.TrimSpace(s.Language))
	Required(fe, "title", s.Title, "A title")
	if !contains(SourceKinds, s.Kind) {
		fe.Add("kind", "Choose one of: "+strings.Join(SourceKinds, ", ")+".")
	}
	checkURL(fe, "url", s.URL)
	checkURL(fe, "archive_url", s.ArchiveURL)
	checkURL(fe, "canonical_url", s.CanonicalURL)
	checkLanguage(fe, s.Language)
	RefuseInNames(fe, map[string]string{"title": s.Title, "publisher": s.Publisher, "author": s.Author})
	RefuseControls(fe, map[string]string{"notes": s.Notes, "url": s.URL, "archive_url": s.ArchiveURL, "canonical_url": s.CanonicalURL})
	s.Text = DropControls(s.Text)
	if len(s.Text) > MaxSourceText {
		fe.Add("text", fmt.Sprintf("The text is longer than %d MiB, the most factline keeps for one source. Keep the part you cite.", MaxSourceText>>20))
	}
	return fe
}

// BeforeSave keeps the derived columns in step: date bounds, address keys and
// the text's hash.
func (s *Source) BeforeSave(*gorm.DB) error {
	s.PublishedEarliest, s.PublishedLatest = DateBounds(s.Published)
	s.URLKey, s.CanonicalKey = AddressKey(s.URL), AddressKey(s.CanonicalURL)
	s.TextHash = ""
	if s.Text != "" {
		sum := sha256.Sum256([]byte(s.Text))
		s.TextHash = hex.EncodeToString(sum[:])
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// ItemLabel names a claim by its text or an event by its title, and says whether
// the item was deleted, so that what cites a source still reads after a delete.
type ItemLabel struct {
	Label   string `json:"label"`
	Deleted bool   `json:"deleted"`
}
