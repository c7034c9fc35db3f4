package views

import (
	"context"
	"fmt"
	"net/url"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// Links are drawn for the viewer of the page: under a share link every address
// stays under the link's path (/s/{token}/claims/12), so that its holder can
// open it, copy it and open it again; elsewhere they are the permalinks. A
// link to something the viewer cannot read is never drawn (see ItemLink).

// LinkBase is the path a share link's pages live under, or "": where the
// items' pages are for whoever reads the page (or an export fetched with it).
func LinkBase(ctx context.Context) string {
	if sc := storage.ShareScopeFrom(ctx); sc != nil {
		return sc.Base
	}
	return ""
}

// ItemPath is the address of a claim's, event's, actor's or source's page.
func ItemPath(ctx context.Context, kind models.ItemKind, id int64) string {
	return fmt.Sprintf("%s/%ss/%d", LinkBase(ctx), kind, id)
}

// itemPath is ItemPath for a claim or event.
func itemPath(ctx context.Context, ref models.Ref) string { return ItemPath(ctx, ref.Kind, ref.ID) }

// TimelinePath is the address of a timeline: the share link itself for its
// holder (who reaches no other timeline).
func TimelinePath(ctx context.Context, slug string) string {
	if base := LinkBase(ctx); base != "" {
		return base
	}
	return "/timelines/" + slug
}

// VersionPath is the address of a published version of a timeline: for the
// holder of a link to that version alone, the link itself.
func VersionPath(ctx context.Context, slug string, n int) string {
	if sc := storage.ShareScopeFrom(ctx); sc != nil {
		if sc.Version() == n {
			return sc.Base
		}
		return fmt.Sprintf("%s/versions/%d", sc.Base, n)
	}
	return fmt.Sprintf("/timelines/%s/versions/%d", slug, n)
}

type hiddenKey struct{}

// WithHidden returns a context in which links to these items (claims, events,
// actors, sources) are drawn as their labels alone: the viewer cannot open
// them. Handlers that show frozen data (a published version) or items the
// Store does not filter (an actor's organisations) find them with
// Store.Unreadable.
func WithHidden(ctx context.Context, hidden map[models.Ref]bool) context.Context {
	return context.WithValue(ctx, hiddenKey{}, hidden)
}

// hidden reports whether the viewer cannot open the item's page.
func hidden(ctx context.Context, kind models.ItemKind, id int64) bool {
	h, _ := ctx.Value(hiddenKey{}).(map[models.Ref]bool)
	return h[models.Ref{Kind: kind, ID: id}]
}

// filterQuery is a timeline filter as a query string ("?kind=claim"), or "".
func filterQuery(f Form) string {
	q := url.Values{}
	for k, v := range f.Values {
		if v != "" {
			q.Set(k, v)
		}
	}
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}

// Assets maps each static file's name (base.css) to its fingerprinted address.
type Assets map[string]string

type assetsKey struct{}

// WithAssets returns a context whose pages name static files by fingerprint.
func WithAssets(ctx context.Context, a Assets) context.Context {
	return context.WithValue(ctx, assetsKey{}, a)
}

// asset is the address of a static file: fingerprinted when known.
func asset(ctx context.Context, name string) string {
	if a, _ := ctx.Value(assetsKey{}).(Assets); a[name] != "" {
		return a[name]
	}
	return "/static/" + name
}
