package views

import (
	"strconv"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/formats/exporters"
)

// TimelineView is a timeline page's view model: entries grouped by year and
// month, with citations numbered as notes across the page.
type TimelineView struct {
	Timeline   models.Timeline
	Groups     []TimelineGroup
	Notes      []Note
	Total      int // entries before filtering
	Shown      int
	Filter     Form // the filter's values and messages
	Facets     models.Facets
	AddEntry   Form
	CanEdit    bool // the viewer may change this timeline
	CanPublish bool // the viewer may publish a version
	CanShare   bool // the viewer may manage collaborators and share links
	// ShowHistory is set when a share link lets its holder read the history,
	// or the owner lets visitors read a public timeline's.
	ShowHistory bool
	// RatedClaims counts the timeline's rated claims, which ClaimReview exports.
	RatedClaims int
	Eras        []EraBand
	// Path is the address the view was asked at (a page, a share link, an embed).
	Path string
	// Scale is the time-scaled view, when the address asks for it.
	Scale *ScaleView
	// Removed is the entry a plain form just removed, offered back.
	Removed *RemovedEntry
	// Window is the window of the list a page shows (nil: Groups hold the
	// whole list, as a published version's page has it); Rail the date rail.
	Window *EntryWindow
	Rail   []RailStop
}

// pageNotes are the notes of the entries on the page.
func (v TimelineView) pageNotes() []Note {
	if v.Window != nil {
		return v.Window.Notes
	}
	return v.Notes
}

// EraBand is one of the timeline's named periods, shown as a band.
type EraBand struct {
	Title, Period string
}

// exportLabel names an export format on a timeline page; ClaimReview's says
// how many rated claims it holds.
func exportLabel(f exporters.Format, ratedClaims int) string {
	switch {
	case f.Name != "claimreview":
		return f.Title
	case ratedClaims == 1:
		return f.Title + " (1 rated claim)"
	}
	return f.Title + " (" + strconv.Itoa(ratedClaims) + " rated claims)"
}

// TimelineGroup is the entries of one month (Month 0: dated only to the year;
// Year 0: undated).
type TimelineGroup struct {
	Year, Month int
	Dated       bool   // false for the group of undated entries
	YearLabel   string // the year as shown: 602, 4026 BCE
	Label       string
	Era         string // the era the year falls in, shown beside it
	NewYear     bool   // the first group of its year, which shows the year heading
	Entries     []TimelineEntry
}

// TimelineEntry is one entry with the numbers of its notes.
type TimelineEntry struct {
	models.TimelineItem
	Notes []int
	// What the entry shows as HTML, sanitised by the handler: a description
	// written in HTML, the media's quotation, caption and credit.
	DescriptionHTML, MediaQuoteHTML, MediaCaptionHTML, MediaCreditHTML string
	MediaLink                                                          string // the media URL when it is a web address
}

// Note is one numbered citation of the page.
type Note struct {
	N        int
	Entry    models.Ref
	Citation models.Citation
}

// filtering reports whether a timeline filter is set.
func filtering(f Form) bool {
	for _, k := range []string{"actor", "kind", "rating", "tag", "lane", "from", "to"} {
		if f.Get(k) != "" {
			return true
		}
	}
	return false
}

// RemovedEntry is an entry just removed, with the revision that puts it back.
type RemovedEntry struct {
	RevisionID int64
	Title      string
}
