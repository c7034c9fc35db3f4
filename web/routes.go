package web

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/web/httpx"
	"github.com/factline/factline/web/ui"
)

// routes registers every route of factline, in one place: the handlers of
// each area's package (s.items, s.timelines, s.reader, s.sharing, s.history,
// s.account; web/ui is what they share), the few left in web, and the API's
// (s.api). Who may call a route is said here for team material (user: signed
// in; editor: editors and admins); timelines and item pages check the visitor
// against the data in their handlers.
func (s *Server) routes() {
	s.redrawn = ui.Redrawn{}
	s.middleware()
	e := s.echo
	// A form posted with stray bytes (a NUL, bytes that are not UTF-8) is
	// refused before its handler runs, but these forms, which their handler
	// draws again with the refusal beside the field (ui.CleanText).
	redrawn := s.redrawn.Add
	user, editor, admin := s.requireUser, s.requireEditor, s.requireAdmin
	// Answers that read a whole timeline are bounded in flight (web/costly.go).
	costly, scaled := s.costly, s.costlyWhenScaled
	e.GET("/static/*", echo.WrapHandler(s.assets.handler()))
	e.GET("/favicon.ico", echo.WrapHandler(s.assets.favicon()))
	e.GET("/", s.timelines.Home)
	e.GET("/search", s.search)

	e.GET("/login", s.account.LoginForm)
	e.POST("/login", s.account.Login)
	e.POST("/logout", s.account.Logout)
	e.GET("/account", s.account.Account, user)
	e.POST("/account/tokens", s.account.APITokenCreate, user)
	e.POST("/account/tokens/:id/revoke", s.account.APITokenRevoke, user)
	e.POST("/account/sessions/:id/revoke", s.account.SessionRevoke, user)
	e.POST("/account/password", s.account.PasswordChange, user)
	e.GET("/setup/:token", s.account.SetupForm)
	e.POST("/setup/:token", s.account.Setup)

	e.GET("/timelines", s.timelines.TimelineList)
	e.GET("/timelines/new", s.timelines.TimelineNew, editor)
	e.POST("/timelines", s.timelines.TimelineSave, editor)
	e.POST("/timelines/entries", s.timelines.EntryCreateFromItem, editor)
	e.GET("/timelines/:slug", s.timelines.TimelineShow, scaled, s.visitorCache)
	e.GET("/timelines/:slug/export/:format", s.timelines.TimelineExport, costly)
	e.GET("/timelines/:slug/edit", s.timelines.TimelineEdit, editor)
	e.POST("/timelines/:slug", s.timelines.TimelineSave, editor)
	e.GET("/timelines/:slug/delete", s.timelines.TimelineDeleteConfirm, editor)
	e.POST("/timelines/:slug/delete", s.timelines.TimelineDelete, editor)
	e.POST("/timelines/:slug/entries", s.timelines.EntryCreate, editor)
	e.POST("/timelines/:slug/entries/restore", s.timelines.EntryRestore, editor)
	e.GET("/timelines/:slug/entries/:entry", s.timelines.EntryShow)
	e.GET("/timelines/:slug/entries/:entry/edit", s.timelines.EntryEdit, editor)
	e.POST("/timelines/:slug/entries/:entry", s.timelines.EntryUpdate, editor)
	e.POST("/timelines/:slug/entries/:entry/delete", s.timelines.EntryDelete, editor)
	e.POST("/timelines/:slug/publish", s.timelines.VersionPublish, editor)
	e.GET("/timelines/:slug/versions/:n", s.timelines.VersionShow, costly)
	e.GET("/timelines/:slug/versions/:n/export/:format", s.timelines.VersionExport, costly)
	e.GET("/timelines/:slug/sharing", s.sharing.SharingPage, editor)
	e.POST("/timelines/:slug/collaborators", s.sharing.CollaboratorSet, editor)
	e.POST("/timelines/:slug/links", s.sharing.ShareLinkCreate, editor)
	e.POST("/timelines/:slug/links/:id/revoke", s.sharing.ShareLinkRevoke, editor)
	e.GET("/embed/timelines/:slug", s.timelines.EmbedTimeline, scaled)

	// A share link's holder reads, under its path, everything the shared
	// timeline (or version) shows and nothing else (web/sharing/share_scope.go).
	shared := e.Group("/s/:token", s.sharing.ShareScope)
	shared.GET("", s.sharing.SharedTimeline, scaled)
	shared.GET("/export/:format", s.sharing.SharedExport, costly)
	shared.GET("/history", s.sharing.SharedHistory)
	shared.GET("/embed", s.timelines.EmbedTimeline, scaled)
	shared.GET("/versions/:n", s.timelines.VersionShow, costly)
	shared.GET("/versions/:n/export/:format", s.timelines.VersionExport, costly)
	shared.GET("/claims/:id", s.items.ClaimShow)
	shared.GET("/events/:id", s.items.EventShow)
	shared.GET("/actors/:id", s.items.ActorShow)
	shared.GET("/sources/:id", s.items.SourceShow)
	shared.GET("/sources/:id/read", s.reader.SourceRead)
	shared.GET("/sources/:id/captures/:capture", s.items.CaptureDownload)
	shared.GET("/sources/:id/captures/:capture/archived", s.reader.ArchivedCopy)
	shared.GET("/sources/:id/captures/:capture/archived/page", s.reader.ArchivedPage)
	shared.POST("/sources/:id/captures/:capture/verify", s.items.CaptureVerify, costly)

	e.GET("/import", s.importForm, editor)
	e.POST("/import", s.importPreview, editor)
	e.POST("/import/:token", s.importConfirm, editor)
	e.GET("/import/:token/progress", s.importProgress, editor)

	e.GET("/actors", s.items.ActorList, user)
	e.GET("/actors/new", s.items.ActorNew, editor)
	e.GET("/actors/suggest", s.items.ActorSuggest, user)
	redrawn(e.POST("/actors", s.items.ActorSave, editor))
	e.GET("/actors/:id", s.items.ActorShow, s.visitorCache)
	e.GET("/actors/:id/edit", s.items.ActorEdit, editor)
	redrawn(e.POST("/actors/:id", s.items.ActorSave, editor))
	e.GET("/actors/:id/delete", s.items.DeleteConfirm(s.items.ActorDeletable()), editor)
	e.POST("/actors/:id/delete", s.items.DeleteItem(s.items.ActorDeletable()), editor)
	e.POST("/actors/:id/roles", s.items.RoleCreate, editor)
	e.POST("/actors/:id/roles/:role/delete", s.items.RoleDelete, editor)

	e.GET("/sources", s.items.SourceList, user)
	e.GET("/sources/new", s.items.SourceNew, editor)
	redrawn(e.POST("/sources", s.items.SourceSave, editor))
	e.GET("/sources/:id", s.items.SourceShow, s.visitorCache)
	e.GET("/sources/:id/edit", s.items.SourceEdit, editor)
	redrawn(e.POST("/sources/:id", s.items.SourceSave, editor))
	e.GET("/sources/:id/delete", s.items.DeleteConfirm(s.items.SourceDeletable()), editor)
	e.POST("/sources/:id/delete", s.items.DeleteItem(s.items.SourceDeletable()), editor)
	e.GET("/sources/:id/read", s.reader.SourceRead)
	// A capture is read by whoever reads its source; verifying one hashes
	// up to a page's bytes again, so it is bounded as the costly answers are.
	e.POST("/sources/:id/captures", s.reader.CaptureAgain, editor)
	e.POST("/sources/:id/live-check", s.reader.LiveCheck, editor)
	e.GET("/sources/:id/captures/:capture", s.items.CaptureDownload)
	e.GET("/sources/:id/captures/:capture/archived", s.reader.ArchivedCopy)
	e.GET("/sources/:id/captures/:capture/archived/page", s.reader.ArchivedPage)
	e.POST("/sources/:id/captures/:capture/verify", s.items.CaptureVerify, costly)
	e.GET("/capture", s.reader.CaptureForm, editor)
	e.POST("/capture", s.reader.CaptureSave, editor)
	e.GET("/sources/pdf", s.reader.SourcePDFForm, editor)
	e.POST("/sources/pdf", s.reader.SourcePDFSave, editor)
	e.GET("/sources/:id/cite", s.reader.CiteForm, editor)
	e.POST("/sources/:id/cite", s.reader.CiteSave, editor)

	e.GET("/events", s.items.EventList, user)
	e.GET("/events/new", s.items.EventNew, editor)
	redrawn(e.POST("/events", s.items.EventSave, editor))
	e.GET("/events/:id", s.items.EventShow, s.visitorCache)
	e.GET("/events/:id/edit", s.items.EventEdit, editor)
	redrawn(e.POST("/events/:id", s.items.EventSave, editor))
	e.GET("/events/:id/delete", s.items.DeleteConfirm(s.items.EventDeletable()), editor)
	e.POST("/events/:id/delete", s.items.DeleteItem(s.items.EventDeletable()), editor)
	e.POST("/events/:id/participants", s.items.ParticipantAdd, editor)
	e.POST("/events/:id/participants/:actor/delete", s.items.ParticipantRemove, editor)

	e.GET("/claims", s.items.ClaimList, user)
	e.GET("/claims/new", s.items.ClaimNew, editor)
	redrawn(e.POST("/claims", s.items.ClaimSave, editor))
	e.GET("/claims/:id", s.items.ClaimShow, s.visitorCache)
	e.GET("/claims/:id/edit", s.items.ClaimEdit, editor)
	redrawn(e.POST("/claims/:id", s.items.ClaimSave, editor))
	e.GET("/claims/:id/delete", s.items.DeleteConfirm(s.items.ClaimDeletable()), editor)
	e.POST("/claims/:id/delete", s.items.DeleteItem(s.items.ClaimDeletable()), editor)

	e.POST("/claims/:id/citations", s.items.CitationCreate(models.KindClaim), editor)
	e.POST("/events/:id/citations", s.items.CitationCreate(models.KindEvent), editor)
	e.POST("/citations/:id/delete", s.items.CitationDelete, editor)
	e.POST("/claims/:id/relations", s.items.RelationCreate(models.KindClaim), editor)
	e.POST("/events/:id/relations", s.items.RelationCreate(models.KindEvent), editor)
	e.POST("/relations/:id/delete", s.items.RelationDelete, editor)
	e.GET("/items/suggest", s.items.ItemSuggest, user)

	e.GET("/claims/:id/history", s.history.ItemHistory("claim"), user)
	e.GET("/events/:id/history", s.history.ItemHistory("event"), user)
	e.GET("/actors/:id/history", s.history.ItemHistory("actor"), user)
	e.GET("/sources/:id/history", s.history.ItemHistory("source"), user)
	e.GET("/timelines/:slug/history", s.history.TimelineHistory)
	e.POST("/revisions/:id/restore", s.history.RevisionRestore, editor)

	e.GET("/trash", s.history.TrashList, editor)
	e.POST("/trash/:entity/:id/restore", s.history.TrashRestore, editor)
	e.POST("/trash/:entity/:id/purge", s.history.TrashPurge, admin)

	// The API for scripts (docs/API.md, web/api): a bearer token or a session
	// names the user; errors are JSON. Its description needs no token.
	e.GET(httpx.APIPrefix+"/openapi.json", s.api.OpenAPI)
	v1, writer := e.Group(httpx.APIPrefix, s.api.Auth), s.api.Editor
	v1.GET("/actors", s.api.ActorList)
	v1.POST("/actors", s.api.ActorSave, writer)
	v1.GET("/actors/:id", s.api.ActorShow)
	v1.PUT("/actors/:id", s.api.ActorSave, writer)
	v1.GET("/sources", s.api.SourceList)
	v1.POST("/sources", s.api.SourceSave, writer)
	v1.GET("/sources/:id", s.api.SourceShow)
	v1.PUT("/sources/:id", s.api.SourceSave, writer)
	v1.GET("/claims", s.api.ClaimList)
	v1.POST("/claims", s.api.ClaimSave, writer)
	v1.GET("/claims/:id", s.api.ClaimShow)
	v1.PUT("/claims/:id", s.api.ClaimSave, writer)
	v1.POST("/claims/:id/citations", s.api.CitationCreate(models.KindClaim), writer)
	v1.GET("/events", s.api.EventList)
	v1.POST("/events", s.api.EventSave, writer)
	v1.GET("/events/:id", s.api.EventShow)
	v1.PUT("/events/:id", s.api.EventSave, writer)
	v1.POST("/events/:id/citations", s.api.CitationCreate(models.KindEvent), writer)
	v1.GET("/timelines", s.api.TimelineList)
	v1.GET("/timelines/:slug", s.api.TimelineShow)
	v1.POST("/timelines/:slug/entries", s.api.EntryCreate, writer)
}
