package web

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
	"github.com/factline/factline/web/httpx"
)

// routes registers every route of factline, in one place. Who may call a route
// is said here for team material (user: signed in; editor: editors and admins);
// timelines and item pages check the visitor against the data in their handlers.
func (s *Server) routes() {
	s.middleware()
	e := s.echo
	user, editor, admin := s.requireUser, s.requireEditor, s.requireAdmin
	// Answers that read a whole timeline are bounded in flight (web/costly.go).
	costly, scaled := s.costly, s.costlyWhenScaled
	e.GET("/static/*", echo.WrapHandler(s.assets.handler()))
	e.GET("/favicon.ico", echo.WrapHandler(s.assets.favicon()))
	e.GET("/", s.home)
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

	e.GET("/timelines", s.timelineList)
	e.GET("/timelines/new", s.timelineNew, editor)
	e.POST("/timelines", s.timelineSave, editor)
	e.POST("/timelines/entries", s.entryCreateFromItem, editor)
	e.GET("/timelines/:slug", s.timelineShow, scaled, s.visitorCache)
	e.GET("/timelines/:slug/export/:format", s.timelineExport, costly)
	e.GET("/timelines/:slug/edit", s.timelineEdit, editor)
	e.POST("/timelines/:slug", s.timelineSave, editor)
	e.GET("/timelines/:slug/delete", s.timelineDeleteConfirm, editor)
	e.POST("/timelines/:slug/delete", s.timelineDelete, editor)
	e.POST("/timelines/:slug/entries", s.entryCreate, editor)
	e.POST("/timelines/:slug/entries/restore", s.entryRestore, editor)
	e.GET("/timelines/:slug/entries/:entry", s.entryShow)
	e.GET("/timelines/:slug/entries/:entry/edit", s.entryEdit, editor)
	e.POST("/timelines/:slug/entries/:entry", s.entryUpdate, editor)
	e.POST("/timelines/:slug/entries/:entry/delete", s.entryDelete, editor)
	e.POST("/timelines/:slug/publish", s.versionPublish, editor)
	e.GET("/timelines/:slug/versions/:n", s.versionShow, costly)
	e.GET("/timelines/:slug/versions/:n/export/:format", s.versionExport, costly)
	e.GET("/timelines/:slug/sharing", s.sharing, editor)
	e.POST("/timelines/:slug/collaborators", s.collaboratorSet, editor)
	e.POST("/timelines/:slug/links", s.shareLinkCreate, editor)
	e.POST("/timelines/:slug/links/:id/revoke", s.shareLinkRevoke, editor)
	e.GET("/embed/timelines/:slug", s.embedTimeline, scaled)

	// A share link's holder reads, under its path, everything the shared
	// timeline (or version) shows and nothing else (web/share_scope.go).
	shared := e.Group("/s/:token", s.shareScope)
	shared.GET("", s.sharedTimeline, scaled)
	shared.GET("/export/:format", s.sharedExport, costly)
	shared.GET("/history", s.sharedHistory)
	shared.GET("/embed", s.embedTimeline, scaled)
	shared.GET("/versions/:n", s.versionShow, costly)
	shared.GET("/versions/:n/export/:format", s.versionExport, costly)
	shared.GET("/claims/:id", s.claimShow)
	shared.GET("/events/:id", s.eventShow)
	shared.GET("/actors/:id", s.actorShow)
	shared.GET("/sources/:id", s.sourceShow)
	shared.GET("/sources/:id/read", s.sourceRead)

	e.GET("/import", s.importForm, editor)
	e.POST("/import", s.importPreview, editor)
	e.POST("/import/:token", s.importConfirm, editor)
	e.GET("/import/:token/progress", s.importProgress, editor)

	e.GET("/actors", s.actorList, user)
	e.GET("/actors/new", s.actorNew, editor)
	e.GET("/actors/suggest", s.actorSuggest, user)
	e.POST("/actors", s.actorSave, editor)
	e.GET("/actors/:id", s.actorShow, s.visitorCache)
	e.GET("/actors/:id/edit", s.actorEdit, editor)
	e.POST("/actors/:id", s.actorSave, editor)
	e.GET("/actors/:id/delete", s.deleteConfirm(s.actorDeletable()), editor)
	e.POST("/actors/:id/delete", s.deleteItem(s.actorDeletable()), editor)
	e.POST("/actors/:id/roles", s.roleCreate, editor)
	e.POST("/actors/:id/roles/:role/delete", s.roleDelete, editor)

	e.GET("/sources", s.sourceList, user)
	e.GET("/sources/new", s.sourceNew, editor)
	e.POST("/sources", s.sourceSave, editor)
	e.GET("/sources/:id", s.sourceShow, s.visitorCache)
	e.GET("/sources/:id/edit", s.sourceEdit, editor)
	e.POST("/sources/:id", s.sourceSave, editor)
	e.GET("/sources/:id/delete", s.deleteConfirm(s.sourceDeletable()), editor)
	e.POST("/sources/:id/delete", s.deleteItem(s.sourceDeletable()), editor)
	e.GET("/sources/:id/read", s.sourceRead)
	e.GET("/capture", s.captureForm, editor)
	e.POST("/capture", s.captureSave, editor)
	e.GET("/sources/:id/cite", s.citeForm, editor)
	e.POST("/sources/:id/cite", s.citeSave, editor)

	e.GET("/events", s.eventList, user)
	e.GET("/events/new", s.eventNew, editor)
	e.POST("/events", s.eventSave, editor)
	e.GET("/events/:id", s.eventShow, s.visitorCache)
	e.GET("/events/:id/edit", s.eventEdit, editor)
	e.POST("/events/:id", s.eventSave, editor)
	e.GET("/events/:id/delete", s.deleteConfirm(s.eventDeletable()), editor)
	e.POST("/events/:id/delete", s.deleteItem(s.eventDeletable()), editor)
	e.POST("/events/:id/participants", s.participantAdd, editor)
	e.POST("/events/:id/participants/:actor/delete", s.participantRemove, editor)

	e.GET("/claims", s.claimList, user)
	e.GET("/claims/new", s.claimNew, editor)
	e.POST("/claims", s.claimSave, editor)
	e.GET("/claims/:id", s.claimShow, s.visitorCache)
	e.GET("/claims/:id/edit", s.claimEdit, editor)
	e.POST("/claims/:id", s.claimSave, editor)
	e.GET("/claims/:id/delete", s.deleteConfirm(s.claimDeletable()), editor)
	e.POST("/claims/:id/delete", s.deleteItem(s.claimDeletable()), editor)

	e.POST("/claims/:id/citations", s.citationCreate(models.KindClaim), editor)
	e.POST("/events/:id/citations", s.citationCreate(models.KindEvent), editor)
	e.POST("/citations/:id/delete", s.citationDelete, editor)
	e.POST("/claims/:id/relations", s.relationCreate(models.KindClaim), editor)
	e.POST("/events/:id/relations", s.relationCreate(models.KindEvent), editor)
	e.POST("/relations/:id/delete", s.relationDelete, editor)
	e.GET("/items/suggest", s.itemSuggest, user)

	e.GET("/claims/:id/history", s.itemHistory("claim"), user)
	e.GET("/events/:id/history", s.itemHistory("event"), user)
	e.GET("/actors/:id/history", s.itemHistory("actor"), user)
	e.GET("/sources/:id/history", s.itemHistory("source"), user)
	e.GET("/timelines/:slug/history", s.timelineHistory)
	e.POST("/revisions/:id/restore", s.revisionRestore, editor)

	e.GET("/trash", s.trashList, editor)
	e.POST("/trash/:entity/:id/restore", s.trashRestore, editor)
	e.POST("/trash/:entity/:id/purge", s.trashPurge, admin)

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
