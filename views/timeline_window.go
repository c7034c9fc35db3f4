package views

import (
	"context"
	"io"

	"github.com/a-h/templ"
)

// EntryWindow is the part of a long timeline that a page shows: its entries
// are written as the store reads them (Each), and what follows them — the
// notes, the link to the next window — is filled in as they are read.
type EntryWindow struct {
	// Each calls yield for each entry of the window in order, with the group
	// it opens when it is the first of a year or month in the window.
	Each func(yield func(WindowEntry) error) error
	// Earlier is the address of the window before this one; "" at the start.
	Earlier string
	// Filled by Each: the window's notes, the next window's address ("" at
	// the end), and whether the window continues the page (an appended window).
	Notes     []Note
	Later     string
	Continued bool
}

// WindowEntry is an entry of a window, with the group it opens, if any.
type WindowEntry struct {
	Opens *TimelineGroup
	Entry TimelineEntry
}

// RailStop is one year (or decade, century…) of a timeline's date rail: its
// label, how many entries it holds, and where its window is.
type RailStop struct {
	Label   string
	Entries int
	Href    string
	// InPage is set when the stop's entries are on the page (the timeline
	// fits in one window): Href is then the year's anchor.
	InPage bool
}

// entryStream writes a window's entries as they are read: a group's headings
// where it opens, each month in a section.
func entryStream(v TimelineView) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		open := v.Window.Continued // an appended window continues the month before it
		if open {
			if _, err := io.WriteString(w, `<section class="month" data-testid="month">`); err != nil {
				return err
			}
		}
		err := v.Window.Each(func(we WindowEntry) error {
			if g := we.Opens; g != nil {
				if open {
					if _, err := io.WriteString(w, `</section>`); err != nil {
						return err
					}
				}
				if err := yearHeading(*g).Render(ctx, w); err != nil {
					return err
				}
				if _, err := io.WriteString(w, `<section class="month" data-testid="month">`); err != nil {
					return err
				}
				if err := monthHeading(*g).Render(ctx, w); err != nil {
					return err
				}
				open = true
			}
			return timelineEntry(v.Timeline.Slug, we.Entry, v.AddEntry.CSRF, v.CanEdit).Render(ctx, w)
		})
		if err != nil {
			return err
		}
		if open {
			_, err = io.WriteString(w, `</section>`)
		}
		return err
	})
}
