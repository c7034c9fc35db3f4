package views

import (
	"slices"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/assist"
	"github.com/factline/factline/models/edtf"
)

// Reader is the reader page's view model: a source's text cut into paragraphs,
// lines and pieces that carry their offset in code points, so that the reader's
// script maps a selection to offsets, and every cited passage highlighted and
// numbered in text order.
type Reader struct {
	Source     models.Source
	Paragraphs []ReaderParagraph
	Notes      []ReaderNote // anchored citations, numbered in text order
	Unplaced   []ReaderNote // orphaned citations and those without a quote
	Panel      *CiteForm    // the citation form, when the page opens with one
	Saved      *ReaderNote  // the citation just saved, which the page confirms
	Proposals  []ReaderProposal
	// Pager pages through the citations, a page of them at a time.
	Pager Pager
	// PDF is the PDF the source was read from, and PDFPages its text page by
	// page (WithPDF); nil for a source that is no PDF.
	PDF      *models.SourcePDF
	PDFPages []ReaderPDFPage
}

// ReaderProposal is a date or quotation the extraction assist found, with the
// address of the citation form that accepts it.
type ReaderProposal struct {
	assist.Proposal
	N      int
	Accept string
}

// Label is what the text shows after the proposal: a date's resolved value, a
// quote's proposed speaker.
func (p ReaderProposal) Label() string {
	switch {
	case p.Kind == "date" && !p.Date.IsZero():
		return p.Date.Display()
	case p.Kind == "date":
		return "unresolved"
	case p.Speaker != "":
		return p.Speaker
	}
	return "speaker unsure"
}

// ReaderParagraph is one paragraph of lines.
type ReaderParagraph struct {
	Lines [][]ReaderPiece
}

// ReaderPiece is a run of text with its offset, the numbers of the citations that
// cover it, and the notes whose highlight ends with it.
type ReaderPiece struct {
	Start    int
	Text     string
	Cited    []int
	Ends     []ReaderNote
	Date     bool             // inside a proposed date
	Quote    bool             // inside a proposed quotation
	Proposed []ReaderProposal // proposals that end with this piece
}

// ReaderNote is one citation of the source with what cites it.
type ReaderNote struct {
	N        int
	Citation models.Citation
	Item     models.Ref
	Label    models.ItemLabel
}

// NewReader cuts text into paragraphs (at blank lines) and lines, then each line
// at the citations' ends. Citations whose passage is not where their offsets say
// go to Unplaced.
func NewReader(src models.Source, cits []models.Citation, labels map[models.Ref]models.ItemLabel, props []ReaderProposal) Reader {
	r := Reader{Source: src, Proposals: props}
	runes := []rune(src.Text)
	for _, c := range cits {
		n := ReaderNote{Citation: c, Item: c.Item(), Label: labels[c.Item()]}
		if placed(runes, c) {
			n.N = len(r.Notes) + 1
			r.Notes = append(r.Notes, n)
		} else {
			r.Unplaced = append(r.Unplaced, n)
		}
	}
	var para ReaderParagraph
	flush := func() {
		if len(para.Lines) > 0 {
			r.Paragraphs = append(r.Paragraphs, para)
		}
		para = ReaderParagraph{}
	}
	lineStart := 0
	for i := 0; i <= len(runes); i++ {
		if i < len(runes) && runes[i] != '\n' {
			continue
		}
		end := i
		if end > lineStart && runes[end-1] == '\r' {
			end--
		}
		if strings.TrimSpace(string(runes[lineStart:end])) == "" {
			flush()
		} else {
			para.Lines = append(para.Lines, r.pieces(runes, lineStart, end))
		}
		lineStart = i + 1
	}
	flush()
	r.markEnds()
	return r
}

// placed reports whether a citation's quote is at its offsets.
func placed(runes []rune, c models.Citation) bool {
	if c.Orphaned || c.Quote == "" || c.StartOffset == nil || c.EndOffset == nil {
		return false
	}
	s, e := *c.StartOffset, *c.EndOffset
	return s >= 0 && s < e && e <= len(runes) && string(runes[s:e]) == c.Quote
}

// pieces cuts the line [start, end) at every citation start and end inside it.
func (r *Reader) pieces(runes []rune, start, end int) []ReaderPiece {
	cuts := []int{start, end}
	for _, n := range r.Notes {
		for _, o := range []int{*n.Citation.StartOffset, *n.Citation.EndOffset} {
			if o > start && o < end {
				cuts = append(cuts, o)
			}
		}
	}
	for _, pr := range r.Proposals {
		for _, o := range []int{pr.Start, pr.End} {
			if o > start && o < end {
				cuts = append(cuts, o)
			}
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []ReaderPiece
	for i := 0; i+1 < len(cuts); i++ {
		p := ReaderPiece{Start: cuts[i], Text: string(runes[cuts[i]:cuts[i+1]])}
		for _, n := range r.Notes {
			if *n.Citation.StartOffset < cuts[i+1] && *n.Citation.EndOffset > cuts[i] {
				p.Cited = append(p.Cited, n.N)
			}
		}
		for _, pr := range r.Proposals {
			if pr.Start < cuts[i+1] && pr.End > cuts[i] {
				p.Date = p.Date || pr.Kind == "date"
				p.Quote = p.Quote || pr.Kind == "quote"
			}
			if pr.End == cuts[i+1] && pr.End > pr.Start {
				p.Proposed = append(p.Proposed, pr)
			}
		}
		out = append(out, p)
	}
	return out
}

// markEnds gives each note's number to the last piece it covers.
func (r *Reader) markEnds() {
	last := map[int]*ReaderPiece{}
	for pi := range r.Paragraphs {
		for li := range r.Paragraphs[pi].Lines {
			for k := range r.Paragraphs[pi].Lines[li] {
				p := &r.Paragraphs[pi].Lines[li][k]
				for _, n := range p.Cited {
					last[n] = p
				}
			}
		}
	}
	for _, n := range r.Notes {
		if p := last[n.N]; p != nil {
			p.Ends = append(p.Ends, n)
		}
	}
}

// CiteForm is the form the reader opens beside the text for a selected passage:
// cite it as a new claim, a new event, or for an existing one.
type CiteForm struct {
	As     string // "claim", "event" or "existing"
	Source models.Source
	Quote  string
	Prefix string
	Suffix string
	Start  int
	End    int
	Form   Form
	// Later is a date in the passage after the source's publication, which a
	// claim cannot be said on: offered to cite as an event (CiteLaterAsEvent).
	Later edtf.Date
}
