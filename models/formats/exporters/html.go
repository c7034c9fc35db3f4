package exporters

import (
	"bufio"
	"context"
	"html/template"

	"github.com/factline/factline/models/formats"

	"github.com/factline/factline/models"
)

// standaloneHTML is the standalone page in three parts, so that entries stream
// between head and foot. html/template escapes every piece of text; the CSS is
// inline because the file is a download that must read offline, not a page of
// the application under its Content-Security-Policy.
var standaloneHTML = template.Must(template.New("head").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1b1b1b; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
header { border-bottom: 2px solid #1b1b1b; margin-bottom: 1.5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; color: #555; margin: 1.5rem 0 .5rem; }
article.entry { border-left: 3px solid #888; padding: .25rem 0 .25rem 1rem; margin: 1rem 0; break-inside: avoid; }
article.claim { border-color: #8a3b12; }
.date { font-weight: bold; }
.kind, .meta { color: #555; font-size: .9rem; }
.unsourced { color: #8a3b12; font-style: italic; }
ol.notes { font-size: .9rem; margin: .5rem 0 0; }
ul.relations { font-size: .9rem; margin: .25rem 0; padding-left: 1.2rem; }
a { color: #0b4f8a; }
footer { border-top: 1px solid #888; margin-top: 2rem; font-size: .85rem; color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
  h2, h3 { break-after: avoid; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
{{with .Summary}}<p>{{.}}</p>{{end}}
<p class="meta">A sourced timeline from factline: <a href="{{.URL}}">{{.URL}}</a></p>
</header>
<main>
{{define "entry"}}{{with .Year}}<h2>{{.}}</h2>
{{end}}{{with .Month}}<h3>{{.}}</h3>
{{end}}<article class="entry {{.E.Kind}}" id="{{.Anchor}}">
<p><span class="kind">{{.E.Kind}}</span>{{with .E.Date.Display}} · <span class="date">{{.}}</span>{{end}}</p>
<p>{{with .E.SpeakerName}}<strong>{{.}}</strong>: {{end}}{{.E.Title}}</p>
{{with .Details}}<p class="meta">{{.}}</p>{{end}}
{{with .Participants}}<p class="meta">With {{.}}</p>{{end}}
{{with .Relations}}<ul class="relations">
{{range .}}<li>{{if .Incoming}}<a href="#{{.Anchor}}">{{.Label}}</a> {{.Kind}} this{{else}}{{.Kind}} <a href="#{{.Anchor}}">{{.Label}}</a>{{end}}</li>
{{end}}</ul>
{{end}}{{if .E.Citations}}<ol class="notes" start="{{.FirstNote}}">
{{range .E.Citations}}<li>{{with .Source}}{{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}{{with .Publisher}}, {{.}}{{end}}{{with .Published.Display}}, {{.}}{{end}}.{{end}}{{with .Quote}} “{{.}}”{{end}}{{with .Locator}} ({{.}}){{end}}{{with .Note}} — {{.}}{{end}}</li>
{{end}}</ol>{{else}}<p class="unsourced">Unsourced.</p>{{end}}
</article>
{{end}}{{define "foot"}}</main>
<footer><p>Exported from factline. Every entry's permalink is {{.URL}}#kind-id.</p></footer>
</body>
</html>
{{end}}`))

// htmlEntry is what the entry template shows of one entry.
type htmlEntry struct {
	E           *models.StreamedEntry
	Anchor      string
	Year, Month string // headings to open before the entry, when they change
	Details     string
	FirstNote   int
	// Participants and Relations are shown as on the timeline page; a
	// relation links the other entry's anchor in the same file.
	Participants string
	Relations    []entryRelation
}

// writeHTML writes one self-contained HTML file that reads offline and prints well.
func writeHTML(ctx context.Context, w *bufio.Writer, x *Export) error {
	page := struct{ Title, Summary, URL string }{x.Timeline.Title, x.Timeline.Summary, x.timelineURL("")}
	if err := standaloneHTML.ExecuteTemplate(w, "head", page); err != nil {
		return err
	}
	var run models.EntryRun
	err := x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		v := htmlEntry{E: e, Anchor: formats.Anchor(e.Kind, e.ItemID), Details: entryDetails(e), FirstNote: run.Notes() + 1,
			Participants: participantsText(&e.TimelineItem), Relations: entryRelations(&e.TimelineItem)}
		v.Year, v.Month = periodHeadings(run.Next(e.Date, len(e.Citations)))
		return standaloneHTML.ExecuteTemplate(w, "entry", v)
	})
	if err != nil {
		return err
	}
	return standaloneHTML.ExecuteTemplate(w, "foot", page)
}
