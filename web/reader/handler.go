// Package reader is where a source's text is read and cited: the reader
// (the text with its citations and the dates and quotations proposed in it),
// the citation form that a passage opens, the capture of a web page as a
// new source, and the PDF read as one. Its routes are registered in web/routes.go.
package reader

import (
	"sync"

	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/pdftext"
	"github.com/factline/factline/web/items"
	"github.com/factline/factline/web/ui"
)

// Handler serves the reader, the citation form and the capture.
type Handler struct {
	*ui.Kit
	items *items.Handler // a source and its citations, as its page reads them
	// Capturer fetches a page and extracts its text for the capture form;
	// a test may put a bounded one in its place.
	Capturer *capture.Capturer
	// PDFs reads the PDFs added as sources; a test may bound it.
	PDFs *pdftext.Reader
	live sync.WaitGroup // the schedule of live checks (CheckLiveEvery)
	// liveMu holds liveAfter, the id of the last source a round of the
	// schedule tried, where the next round goes on.
	liveMu    sync.Mutex
	liveAfter int64
}

// New builds the reader over the kit, reading sources as items does.
func New(kit *ui.Kit, it *items.Handler) *Handler {
	return &Handler{Kit: kit, items: it, Capturer: capture.NewCapturer(capture.DefaultLimits, capture.DefaultFetcher),
		PDFs: pdftext.NewReader(pdftext.DefaultLimits)}
}
