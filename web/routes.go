package web

import "github.com/labstack/echo/v4"

// routes registers every route of factline, in one place.
func (s *Server) routes() {
	s.middleware()
	e := s.echo
	e.GET("/static/*", echo.WrapHandler(staticHandler()))

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
}
