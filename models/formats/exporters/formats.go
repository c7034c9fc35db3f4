// Package exporters writes timelines in the exchange formats of
// ARCHITECTURE.md §6 — factline JSON, CSV, TimelineJS3 JSON, ClaimReview
// JSON-LD, Markdown, standalone HTML, CSL-JSON and SVG. Exports stream entries
// from the Store (or a published version's formats.DocumentData) one at a
// time, so memory stays flat however long the timeline is; the web pages and
// the command line share this package.
package exporters

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/factline/factline/models"
)

// Data is where an export reads a timeline from: the Store for the living
// timeline, DocumentData for a published version's frozen document.
type Data interface {
	EachEntry(ctx context.Context, timelineID int64, fn func(*models.StreamedEntry) error) error
	EachActor(ctx context.Context, timelineID int64, fn func(*models.Actor) error) error
	EachSource(ctx context.Context, timelineID int64, fn func(*models.Source) error) error
	CountEntries(ctx context.Context, timelineID int64) (int64, error)
	ErasOf(ctx context.Context, timelineID int64) ([]models.Era, error)
}

// Export is a timeline to write: where to read it, and how to link back to it.
type Export struct {
	Store    Data
	Timeline *models.Timeline
	// Path is the page the export links back to; empty means the timeline's own,
	// /timelines/{slug} (a published version gives its versions/{n} page).
	Path string
	// BaseURL is the scheme and host permalinks are built on, e.g. https://factline.example.
	BaseURL string
	// ItemBase is the path the items' pages live under for the export's
	// readers: "" for their permalinks, /s/{token} for an export fetched
	// through a share link.
	ItemBase string
	// NoLinkBack leaves out the links back to the timeline's page where the
	// export's readers could not open it: an unlisted timeline exported
	// outside its share link, whose page answers 404 to anyone not signed in
	// (and factline keeps no link's token to link under instead).
	NoLinkBack bool
	// Progress, when set, is called once for every entry written (every source
	// for CSL-JSON, which holds only the sources).
	Progress func()
}

// permalink is the absolute URL of a path of the application.
func (x *Export) permalink(path string) string { return strings.TrimRight(x.BaseURL, "/") + path }

// itemURL is the absolute URL of a claim's or event's page for the export's readers.
func (x *Export) itemURL(kind models.ItemKind, id int64) string {
	return x.permalink(fmt.Sprintf("%s/%ss/%d", x.ItemBase, kind, id))
}

// timelineURL is the permalink of the timeline, or of one of its entries with an anchor.
func (x *Export) timelineURL(anchor string) string {
	path := x.Path
	if path == "" {
		path = "/timelines/" + x.Timeline.Slug
	}
	u := x.permalink(path)
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

// eachEntry streams the timeline's entries to fn, counting progress.
func (x *Export) eachEntry(ctx context.Context, fn func(*models.StreamedEntry) error) error {
	return x.Store.EachEntry(ctx, x.Timeline.ID, func(e *models.StreamedEntry) error {
		if err := fn(e); err != nil {
			return err
		}
		if x.Progress != nil {
			x.Progress()
		}
		return nil
	})
}

// Format is one export format.
type Format struct {
	Name        string // as in /timelines/{slug}/export/{name} and --format
	Title       string // what a researcher calls it
	ContentType string
	Ext         string
	write       func(context.Context, *bufio.Writer, *Export) error
}

// exportFormats lists the export formats in the order the timeline page offers them.
var exportFormats = []Format{
	{"json", "factline JSON", "application/json", "json", writeFactlineJSON},
	{"csv", "CSV (TimelineJS columns)", "text/csv; charset=utf-8", "csv", writeCSV},
	{"timelinejs", "TimelineJS3 JSON", "application/json", "timelinejs.json", writeTimelineJS},
	{"claimreview", "ClaimReview JSON-LD", "application/ld+json", "claimreview.jsonld", writeClaimReview},
	{"markdown", "Markdown", "text/markdown; charset=utf-8", "md", writeMarkdown},
	{"html", "Standalone HTML", "text/html; charset=utf-8", "html", writeHTML},
	{"csl", "CSL-JSON (sources)", "application/vnd.citationstyles.csl+json", "csl.json", writeCSL},
	{"svg", "SVG image", "image/svg+xml", "svg", writeSVG},
}

// Formats returns every export format.
func Formats() []Format { return append([]Format(nil), exportFormats...) }

// Lookup returns the export format with this name.
func Lookup(name string) (Format, bool) {
	for _, f := range exportFormats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names lists the export formats' names, for messages.
func Names() string {
	names := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// Filename is the name a download of the timeline in this format gets.
func (f Format) Filename(slug string) string { return slug + "." + f.Ext }

// Write writes the timeline of x to w in this format, streaming its entries.
func (f Format) Write(ctx context.Context, w io.Writer, x Export) error {
	bw := bufio.NewWriterSize(w, 32<<10)
	if err := f.write(ctx, bw, &x); err != nil {
		return fmt.Errorf("formats: export %s as %s: %w", x.Timeline.Slug, f.Name, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("formats: export %s as %s: %w", x.Timeline.Slug, f.Name, err)
	}
	return nil
}
