package api

import (
	"net/http"

	"github.com/factline/factline/web/httpx"
	"github.com/labstack/echo/v4"
)

// obj is a JSON object of the OpenAPI document.
type obj = map[string]any

// OpenAPI serves GET /api/v1/openapi.json, without a token, so that tools
// can read it before anyone signs in.
func (h *Handler) OpenAPI(c echo.Context) error {
	return c.JSON(http.StatusOK, openAPIDocument())
}

// openAPIDocument describes every route under /api/v1 in OpenAPI 3; a test
// checks it against the route table both ways.
func openAPIDocument() obj {
	return obj{
		"openapi": "3.0.3",
		"info": obj{"title": "factline API", "version": "1",
			"description": "Read and write factline's actors, sources, claims, events, citations and timelines from scripts. " +
				"Authenticate with a personal API token from your account page: `Authorization: Bearer fl_…`. See docs/API.md."},
		"servers":  []obj{{"url": httpx.APIPrefix}},
		"security": []obj{{"bearer": []string{}}},
		"paths":    paths(),
		"components": obj{
			"securitySchemes": obj{"bearer": obj{"type": "http", "scheme": "bearer",
				"description": "A personal API token, made on /account; it starts with fl_."}},
			"parameters": obj{
				"id":     obj{"name": "id", "in": "path", "required": true, "schema": obj{"type": "integer", "format": "int64"}},
				"slug":   obj{"name": "slug", "in": "path", "required": true, "schema": obj{"type": "string"}},
				"cursor": obj{"name": "cursor", "in": "query", "description": "next_cursor of the previous page, unchanged", "schema": obj{"type": "string"}},
				"limit":  obj{"name": "limit", "in": "query", "schema": obj{"type": "integer", "minimum": 1, "maximum": maxLimit, "default": defaultLimit}},
			},
			"responses": errorResponses(),
			"schemas":   schemas(),
		},
	}
}

// paths lists the operations, paths relative to the server URL.
func paths() obj {
	return obj{
		"/openapi.json": obj{"get": obj{"summary": "This document", "security": []obj{},
			"responses": obj{"200": obj{"description": "OpenAPI 3 document", "content": obj{"application/json": obj{"schema": obj{"type": "object"}}}}}}},
		"/actors":      obj{"get": listOp("List actors, with their roles", "Actor"), "post": writeOp("Create an actor", "ActorInput", "Actor", "201")},
		"/actors/{id}": obj{"parameters": params("id"), "get": getOp("One actor, with its roles", "Actor"), "put": writeOp("Replace an actor (its roles are kept)", "ActorInput", "Actor", "200")},
		"/sources":     obj{"get": listOp("List sources (without their texts)", "Source"), "post": writeOp("Create a source", "SourceInput", "Source", "201")},
		"/sources/{id}": obj{"parameters": params("id"), "get": getOp("One source, with its text", "Source"),
			"put": writeOp("Replace a source; its citations are re-anchored in the new text", "SourceInput", "Source", "200")},
		"/claims":      obj{"get": listOp("List claims, with speakers and tags", "Claim"), "post": writeOp("Create a claim", "ClaimInput", "Claim", "201")},
		"/claims/{id}": obj{"parameters": params("id"), "get": getOp("One claim, with its citations", "CitedClaim"), "put": writeOp("Replace a claim", "ClaimInput", "Claim", "200")},
		"/claims/{id}/citations": obj{"parameters": params("id"),
			"post": writeOp("Cite a source for a claim; the quote must be in the source's text", "CitationInput", "Citation", "201")},
		"/events":      obj{"get": listOp("List events, with tags and participants", "Event"), "post": writeOp("Create an event", "EventInput", "Event", "201")},
		"/events/{id}": obj{"parameters": params("id"), "get": getOp("One event, with its citations", "CitedEvent"), "put": writeOp("Replace an event (its participants are kept)", "EventInput", "Event", "200")},
		"/events/{id}/citations": obj{"parameters": params("id"),
			"post": writeOp("Cite a source for an event; the quote must be in the source's text", "CitationInput", "Citation", "201")},
		"/timelines":        obj{"get": listOp("List the timelines you may read", "Timeline")},
		"/timelines/{slug}": obj{"parameters": params("slug"), "get": getOp("One timeline, with its entries in date order", "TimelineWithEntries")},
		"/timelines/{slug}/entries": obj{"parameters": params("slug"),
			"post": writeOp("Put a claim or event on a timeline you may edit (again, with its entry's version: changes lane and note)", "EntryInput", "Entry", "201")},
	}
}

func params(names ...string) []obj {
	out := make([]obj, len(names))
	for i, n := range names {
		out[i] = obj{"$ref": "#/components/parameters/" + n}
	}
	return out
}

func schemaRef(name string) obj { return obj{"$ref": "#/components/schemas/" + name} }

func errorRefs(statuses ...string) obj {
	out := obj{}
	for _, s := range statuses {
		out[s] = obj{"$ref": "#/components/responses/" + s}
	}
	return out
}

func jsonContent(schema obj) obj { return obj{"application/json": obj{"schema": schema}} }

func listOp(summary, schema string) obj {
	res := errorRefs("400", "401")
	res["200"] = obj{"description": "A page; next_cursor is null on the last", "content": jsonContent(obj{
		"type": "object", "required": []string{"data", "next_cursor"},
		"properties": obj{"data": obj{"type": "array", "items": schemaRef(schema)}, "next_cursor": obj{"type": "string", "nullable": true}}})}
	return obj{"summary": summary, "parameters": params("cursor", "limit"), "responses": res}
}

func dataOf(schema string) obj {
	return jsonContent(obj{"type": "object", "required": []string{"data"}, "properties": obj{"data": schemaRef(schema)}})
}

func getOp(summary, schema string) obj {
	res := errorRefs("401", "404")
	res["200"] = obj{"description": "The item", "content": dataOf(schema)}
	return obj{"summary": summary, "responses": res}
}

func writeOp(summary, in, out, status string) obj {
	res := errorRefs("400", "401", "403", "404", "413", "422")
	if status == "200" || in != "EntryInput" && in != "CitationInput" {
		res["409"] = obj{"$ref": "#/components/responses/409"}
	}
	res[status] = obj{"description": "Saved, as stored", "content": dataOf(out)}
	return obj{"summary": summary, "requestBody": obj{"required": true, "content": jsonContent(schemaRef(in))}, "responses": res}
}

func errorResponses() obj {
	out := obj{}
	for status, what := range map[string]string{
		"400": "Bad JSON, or a bad cursor or limit", "401": "No valid API token", "403": "Not allowed (a viewer writing, a timeline you may not edit, or a missing CSRF token with a session cookie)",
		"404": "No such item, or one you may not read", "409": "Stale version: someone changed it since you read it (conflict); or, creating, a likely duplicate of the candidates listed (likely_duplicate)",
		"413": "Body larger than its limit: 1 MiB, or 5 MiB for a source", "422": "Refused input; field names the field",
	} {
		out[status] = obj{"description": what, "content": jsonContent(schemaRef("Error"))}
	}
	return out
}
