// Package richtext keeps the small, safe subset of HTML that imported text may
// carry — paragraphs, line breaks, emphasis, links (http, https and mailto) and
// lists — through bluemonday, a well-kept sanitiser, and reads text as HTML or
// as plain text. Everything else is dropped, its text kept.
package richtext

import (
	"html"
	"regexp"
	"strings"

	"github.com/microcosm-cc/bluemonday"
)

// Sanitiser holds the policies; build it once with New and share it.
type Sanitiser struct {
	text, quote *bluemonday.Policy
}

// New builds the policies: one for text, one for a quotation (TimelineJS's
// <blockquote> media), which also keeps blockquote and cite.
func New() *Sanitiser {
	return &Sanitiser{text: policy(), quote: policy().AllowElements("blockquote", "cite")}
}

func policy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "br", "em", "strong", "i", "b", "ul", "ol", "li")
	p.AllowAttrs("href").OnElements("a")
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireParseableURLs(true)
	p.RequireNoFollowOnLinks(false)
	p.AddTargetBlankToFullyQualifiedLinks(false)
	return p
}

// Text returns s with only the safe subset of HTML left.
func (z *Sanitiser) Text(s string) string { return strings.TrimSpace(z.text.Sanitize(s)) }

// Quote returns a quotation's HTML with only the safe subset and blockquote and cite left.
func (z *Sanitiser) Quote(s string) string { return strings.TrimSpace(z.quote.Sanitize(s)) }

// tagPattern finds what looks like an HTML tag or character reference.
var tagPattern = regexp.MustCompile(`</?[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#[0-9]+;`)

// IsHTML reports whether s is written in HTML rather than plain text.
func IsHTML(s string) bool { return tagPattern.MatchString(s) }

// lineEnds are the tags that end a line of text.
var lineEnds = regexp.MustCompile(`(?i)</p>|<br\s*/?>|</li>|</blockquote>`)

// anyTag is any tag, for reading HTML as plain text.
var anyTag = regexp.MustCompile(`<[^>]*>`)

// Plain reads HTML as plain text: paragraphs, line breaks and list items a
// line each, tags dropped, character references decoded.
func Plain(s string) string {
	s = lineEnds.ReplaceAllString(s, "\n")
	lines := strings.Split(html.UnescapeString(anyTag.ReplaceAllString(s, "")), "\n")
	var out []string
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
