package capture

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"golang.org/x/net/html"
)

// measure counts a page's elements and how deep they nest, in one pass of the
// tokenizer (linear in the page's size), and refuses a page over the limits
// before the extractor, whose time grows faster than that, sees it.
func (c *Capturer) measure(page []byte) error {
	z := html.NewTokenizer(bytes.NewReader(page))
	elements, depth := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return nil
			}
			return fmt.Errorf("%w (%v)", ErrNoArticle, z.Err())
		case html.StartTagToken:
			elements++
			name, _ := z.TagName()
			if !voidElements[string(name)] && !optionalEnd[string(name)] {
				depth++
			}
		case html.SelfClosingTagToken:
			elements++
		case html.EndTagToken:
			name, _ := z.TagName()
			if depth > 0 && !optionalEnd[string(name)] {
				depth--
			}
		}
		if elements > c.limits.MaxElements {
			return &RefusedError{fmt.Sprintf("The page has more than %d elements, more than factline extracts from one page. Paste the part you need into a new source instead.", c.limits.MaxElements)}
		}
		if depth > c.limits.MaxDepth {
			return &RefusedError{fmt.Sprintf("The page nests its elements more than %d deep, deeper than factline extracts. Paste the part you need into a new source instead.", c.limits.MaxDepth)}
		}
	}
}

// voidElements never have an end tag, so they do not nest.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// optionalEnd are elements whose end tag pages often leave out (a paragraph
// ends where the next begins): they are counted but not taken as nesting, so
// that a long page of unclosed <p> is not mistaken for a deep one.
var optionalEnd = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"option": true, "optgroup": true, "thead": true, "tbody": true, "tfoot": true, "colgroup": true,
	"rb": true, "rt": true, "rp": true, "html": true, "head": true, "body": true}
