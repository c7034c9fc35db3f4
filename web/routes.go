package web

import (
	"github.com/labstack/echo/v4"

	"github.com/factline/factline/models"
)

// routes registers every route of factline, in one place.
func (s *Server) routes() {
	s.middleware()
	e := s.echo
	e.GET("/static/*", echo.WrapHandler(staticHandler()))
	e.GET("/", s.home)
	e.GET("/search", s.search)

	e.GET("/timelines", s.timelineList)
	e.GET("/timelines/new", s.timelineNew)
	e.POST("/timelines", s.timelineSave)
	e.POST("/timelines/entries", s.entryCreateFromItem)
	e.GET("/timelines/:slug", s.timelineShow)
	e.GET("/timelines/:slug/edit", s.timelineEdit)
	e.POST("/timelines/:slug", s.timelineSave)
	e.GET("/timelines/:slug/delete", s.timelineDeleteConfirm)
	e.POST("/timelines/:slug/delete", s.timelineDelete)
	e.POST("/timelines/:slug/entries", s.entryCreate)
	e.POST("/timelines/:slug/entries/:entry/delete", s.entryDelete)

	e.GET("/actors", s.actorList)
	e.GET("/actors/new", s.actorNew)
	e.GET("/actors/suggest", s.actorSuggest)
	e.POST("/actors", s.actorSave)
	e.GET("/actors/:id", s.actorShow)
	e.GET("/actors/:id/edit", s.actorEdit)
	e.POST("/actors/:id", s.actorSave)
	e.GET("/actors/:id/delete", s.deleteConfirm(s.actorDeletable()))
	e.POST("/actors/:id/delete", s.deleteItem(s.actorDeletable()))
	e.POST("/actors/:id/roles", s.roleCreate)
	e.POST("/actors/:id/roles/:role/delete", s.roleDelete)

	e.GET("/sources", s.sourceList)
	e.GET("/sources/new", s.sourceNew)
	e.POST("/sources", s.sourceSave)
	e.GET("/sources/:id", s.sourceShow)
	e.GET("/sources/:id/edit", s.sourceEdit)
	e.POST("/sources/:id", s.sourceSave)
	e.GET("/sources/:id/delete", s.deleteConfirm(s.sourceDeletable()))
	e.POST("/sources/:id/delete", s.deleteItem(s.sourceDeletable()))

	e.GET("/events", s.eventList)
	e.GET("/events/new", s.eventNew)
	e.POST("/events", s.eventSave)
	e.GET("/events/:id", s.eventShow)
	e.GET("/events/:id/edit", s.eventEdit)
	e.POST("/events/:id", s.eventSave)
	e.GET("/events/:id/delete", s.deleteConfirm(s.eventDeletable()))
	e.POST("/events/:id/delete", s.deleteItem(s.eventDeletable()))
	e.POST("/events/:id/participants", s.participantAdd)
	e.POST("/events/:id/participants/:actor/delete", s.participantRemove)

	e.GET("/claims", s.claimList)
	e.GET("/claims/new", s.claimNew)
	e.POST("/claims", s.claimSave)
	e.GET("/claims/:id", s.claimShow)
	e.GET("/claims/:id/edit", s.claimEdit)
	e.POST("/claims/:id", s.claimSave)
	e.GET("/claims/:id/delete", s.deleteConfirm(s.claimDeletable()))
	e.POST("/claims/:id/delete", s.deleteItem(s.claimDeletable()))

	e.POST("/claims/:id/citations", s.citationCreate(models.KindClaim))
	e.POST("/events/:id/citations", s.citationCreate(models.KindEvent))
	e.POST("/citations/:id/delete", s.citationDelete)
	e.POST("/claims/:id/relations", s.relationCreate(models.KindClaim))
	e.POST("/events/:id/relations", s.relationCreate(models.KindEvent))
	e.POST("/relations/:id/delete", s.relationDelete)
	e.GET("/items/suggest", s.itemSuggest)
}
