// Package formats is the exchange document of ARCHITECTURE.md §6: factline
// JSON's Document, which every import is read into (by formats/importers) and
// a published version freezes; its checks, which name the row and field of
// every Problem; the Plan an import previews and Apply, which saves it; and
// DocumentData, which serves a frozen document to formats/exporters as the
// Store serves a living timeline.
package formats

import (
	"fmt"

	"github.com/factline/factline/models"
)

// FormatVersion is the version of factline JSON this package writes and reads.
const FormatVersion = 1

// Document is a timeline in factline JSON: everything in it, lossless. Ids are
// the document's own: entries, participants and citations refer to its actors
// and sources by them, and relations to other entries by anchor ("claim-42").
// Every import is turned into a Document first.
type Document struct {
	Format        string      `json:"format"`
	FormatVersion int         `json:"format_version"`
	Timeline      DocTimeline `json:"timeline"`
	Actors        []DocActor  `json:"actors"`
	Sources       []DocSource `json:"sources"`
	Entries       []DocEntry  `json:"entries"`
	Eras          []DocEra    `json:"eras,omitempty"`
	// Kept lists what the file carried that factline keeps somewhere other than
	// where the file had it (an entry's note, its media) or reads differently;
	// the preview lists it, so that nothing is lost silently.
	Kept []Kept `json:"-"`
	// SourcesOnly marks a reference manager's file (CSL-JSON, BibTeX): its
	// sources are imported, and no timeline is made.
	SourcesOnly bool `json:"-"`
}

// DocEra is a named period of the timeline; Period is EDTF.
type DocEra struct {
	Title  string `json:"title"`
	Period string `json:"period"`
}

// DocMedia is an entry's media as its file gave it: the URL as written (a
// quotation's HTML for TimelineJS's <blockquote> media), caption and credit
// as safe HTML, and a thumbnail.
type DocMedia struct {
	URL       string `json:"url"`
	Caption   string `json:"caption,omitempty"`
	Credit    string `json:"credit,omitempty"`
	Thumbnail string `json:"thumbnail,omitempty"`
}

// Kept is one kind of thing the import keeps elsewhere or reads differently:
// the field as the file spells it, what happens to it, and where (slides or
// rows, the first few of them).
type Kept struct {
	Field string   `json:"field"`
	What  string   `json:"what"`
	Where []string `json:"where"`
	Count int      `json:"count"`
}

// DocTimeline is the timeline's own fields.
type DocTimeline struct {
	Slug       string `json:"slug"`
	Title      string `json:"title"`
	Summary    string `json:"summary"`
	Visibility string `json:"visibility"`
}

// DocActor is an actor with its roles.
type DocActor struct {
	ID          int64            `json:"id"`
	Kind        models.ActorKind `json:"kind"`
	Name        string           `json:"name"`
	Aliases     []string         `json:"aliases"`
	Description string           `json:"description"`
	WikidataID  string           `json:"wikidata_id"`
	Roles       []DocRole        `json:"roles"`
}

// DocRole is a title an actor held, for a period (EDTF).
type DocRole struct {
	Title          string `json:"title"`
	OrganisationID *int64 `json:"organisation_id"`
	Period         string `json:"period"`
}

// DocSource is a source with its text; dates are EDTF.
type DocSource struct {
	ID         int64  `json:"id"`
	Kind       string `json:"kind"`
	URL        string `json:"url"`
	Title      string `json:"title"`
	Publisher  string `json:"publisher"`
	Author     string `json:"author"`
	Published  string `json:"published"`
	Accessed   string `json:"accessed"`
	ArchiveURL string `json:"archive_url"`
	Text       string `json:"text"`
	Notes      string `json:"notes"`
	Language   string `json:"language,omitempty"` // absent in files written before sources had one: told from the text
	// DOI is a reference manager's DOI, in lower case, and FactlineID the id
	// of factline's own CSL-JSON export ("source-42"): the import matches
	// stored sources by them; factline JSON carries neither.
	DOI        string `json:"-"`
	FactlineID int64  `json:"-"`
}

// DocEntry is a claim or event on the timeline; Title is a claim's text or an
// event's title, Date its EDTF date.
type DocEntry struct {
	Kind         models.ItemKind  `json:"kind"`
	ID           int64            `json:"id"`
	Lane         string           `json:"lane"`
	Note         string           `json:"note"`
	Title        string           `json:"title"`
	Description  string           `json:"description,omitempty"`
	Date         string           `json:"date"`
	SpeakerID    *int64           `json:"speaker_id,omitempty"`
	Verbatim     bool             `json:"verbatim,omitempty"`
	Rating       models.Rating    `json:"rating,omitempty"`
	Rationale    string           `json:"rationale,omitempty"`
	Place        string           `json:"place,omitempty"`
	Tags         []string         `json:"tags"`
	Participants []DocParticipant `json:"participants,omitempty"`
	Citations    []DocCitation    `json:"citations"`
	Relations    []DocRelation    `json:"relations"`
	DisplayDate  string           `json:"display_date,omitempty"`
	Media        *DocMedia        `json:"media,omitempty"`
	// Where is where the entry was read, for problems: "row 4".
	Where string `json:"-"`
	// Origin is the anchor the file says the entry had in factline (a
	// TimelineJS slide's unique_id, a factline JSON entry's own), by which a
	// re-import finds the stored claim or event instead of copying it.
	Origin string `json:"-"`
}

// Anchor is the entry's anchor, such as claim-42, that relations point at.
func (e DocEntry) Anchor() string { return Anchor(e.Kind, e.ID) }

// Anchor is an entry's id on the timeline page, such as claim-42.
func Anchor(kind models.ItemKind, id int64) string { return fmt.Sprintf("%s-%d", kind, id) }

// DocParticipant is an actor taking part in an event.
type DocParticipant struct {
	ActorID  int64  `json:"actor_id"`
	RoleWord string `json:"role_word"`
}

// DocCitation anchors an entry in a source (W3C TextQuoteSelector and
// TextPositionSelector, offsets in code points).
type DocCitation struct {
	SourceID    int64  `json:"source_id"`
	Quote       string `json:"quote"`
	Prefix      string `json:"prefix"`
	Suffix      string `json:"suffix"`
	StartOffset *int   `json:"start_offset"`
	EndOffset   *int   `json:"end_offset"`
	Locator     string `json:"locator"`
	Note        string `json:"note"`
}

// DocRelation is a relation from its entry to another entry of the document.
type DocRelation struct {
	Kind string `json:"kind"`
	To   string `json:"to"`
}

// extras is the entry's display date and media as the store keeps them.
func (e DocEntry) extras() models.EntryExtras {
	x := models.EntryExtras{DisplayDate: e.DisplayDate}
	if e.Media != nil {
		x.MediaURL, x.MediaCaption, x.MediaCredit, x.MediaThumbnail = e.Media.URL, e.Media.Caption, e.Media.Credit, e.Media.Thumbnail
	}
	return x
}

// keep records that field, at where, is kept elsewhere or read differently, as what says.
func (d *Document) Keep(where, field, what string) {
	for i := range d.Kept {
		if k := &d.Kept[i]; k.Field == field && k.What == what {
			k.Count++
			if len(k.Where) < 5 {
				k.Where = append(k.Where, where)
			}
			return
		}
	}
	d.Kept = append(d.Kept, Kept{Field: field, What: what, Where: []string{where}, Count: 1})
}
