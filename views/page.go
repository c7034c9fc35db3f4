// Package views holds factline's templ components: the layout, the pages and the
// fragments htmx swaps. Components take typed view models built by handlers and
// never query or reshape data.
package views

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"

	"github.com/factline/factline/models"
)

// Page is what every full page's layout needs.
type Page struct {
	Title       string
	Description string
	Path        string // the page's permalink, e.g. /claims/42
	BaseURL     string // scheme and host, for Open Graph and canonical links
	JSONPath    string // the machine-readable twin, when the page has one
	CSRF        string
	Query       string // what the search box shows
	Nav         string // which top-level section is current
	NoIndex     bool   // reached through a share link: not for search engines
	Skips       []SkipLink
}

// SkipLink is a link at the very top of a page, seen when it has the focus,
// to a part a keyboard user would otherwise reach only past every link before
// it (the timeline's add-entry form comes after all its entries).
type SkipLink struct {
	Href  string
	Label string
}

// CSRFHeaders is the hx-headers value that sends the CSRF token with every htmx request.
func (p Page) CSRFHeaders() string {
	b, _ := json.Marshal(map[string]string{"X-CSRF-Token": p.CSRF})
	return string(b)
}

// Form carries what was typed into a form and the messages for its fields, so a
// refused form comes back as it was typed.
type Form struct {
	Action string
	Values map[string]string
	Errors models.FieldErrors
	CSRF   string
	// Notes holds remarks shown beside fields that are not errors: how a
	// relative date was resolved, for the researcher to confirm.
	Notes map[string]string
	// Theirs holds the stored values when a save was refused as stale: what
	// someone else saved since this form was read.
	Theirs map[string]string
	// Offer, on a form that creates something, proposes the stored items it
	// may be a second copy (or, for a claim, a repetition) of.
	Offer *Offer
}

// Get returns the typed value of a field.
func (f Form) Get(name string) string { return f.Values[name] }

// Note returns the remark beside a field, or "".
func (f Form) Note(name string) string { return f.Notes[name] }

// Err returns the message for a field, or "".
func (f Form) Err(name string) string { return f.Errors[name] }

// HasErrors reports whether the form was refused.
func (f Form) HasErrors() bool { return len(f.Errors) > 0 }

// ErrID is the id of a field's message, for aria-describedby.
func ErrID(name string) string { return "err-" + name }

// changedFields lists, sorted, the fields whose stored value differs from the typed one.
func changedFields(f Form) []string {
	var out []string
	for k, v := range f.Theirs {
		if k != "version" && v != f.Values[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// loginHref is the sign-in page that comes back to path.
func loginHref(path string) string { return "/login?next=" + url.QueryEscape(path) }

// Option is one choice of a select.
type Option struct{ Value, Label string }

// itemAnchor is the id of an entry on a timeline page: claim-42.
func itemAnchor(ref models.Ref) string { return fmt.Sprintf("%s-%d", ref.Kind, ref.ID) }
