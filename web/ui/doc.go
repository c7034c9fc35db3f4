// Package ui is what the page handlers of every area (web/items,
// web/timelines, web/reader, web/account, web/sharing, and the few left in
// web) share: the Kit they are built over (the store, the log, rendering a
// full page or an htmx fragment, the layout's view model, who may read an
// item or a timeline) and the helpers of forms, lists and htmx. It knows
// nothing of routes: web/routes.go registers every handler of every area.
// What pages share with the API for scripts is in web/httpx.
package ui
