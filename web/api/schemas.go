package api

import "github.com/factline/factline/models"

// Property types of the OpenAPI schemas.
var (
	tString   = obj{"type": "string"}
	tText     = obj{"type": "string", "description": "free text"}
	tDate     = obj{"type": "string", "description": "EDTF date such as 2022-09-08, 2022-09, 2022-09-09?, 2022-09-12/2022-10-07 or ../2022-09-10; \"\" for none"}
	tDay      = obj{"type": "string", "nullable": true, "description": "earliest or latest possible day of the date (read only)"}
	tID       = obj{"type": "integer", "format": "int64"}
	tIDOrNull = obj{"type": "integer", "format": "int64", "nullable": true}
	tBool     = obj{"type": "boolean"}
	tTime     = obj{"type": "string", "format": "date-time"}
	tTags     = obj{"type": "array", "items": tString}
	tVersion  = obj{"type": "integer", "description": "row version; send it back on PUT, a stale one gets 409"}
	// tEntryVersion is an entry's row version, sent back to change an entry
	// already on the timeline.
	tEntryVersion = obj{"type": "integer", "description": "the entry's row version; send it to change the lane and note of an item already on the timeline, a stale one gets 409"}
	tKind         = obj{"type": "string", "enum": []string{"claim", "event"}}
	tRating       = obj{"type": "string", "enum": models.Ratings}
	tSrcKind      = obj{"type": "string", "enum": models.SourceKinds}
	tSrcLang      = obj{"type": "string", "enum": sourceLanguageCodes(), "description": "the text's language, which dates and quotations are read in; \"\" on a write: told from the text"}
	tVisible      = obj{"type": "string", "enum": models.Visibilities}
	tActKind      = obj{"type": "string", "enum": []string{"person", "organisation"}}
	tConfirm      = obj{"type": "boolean", "description": "POST: create it even if it looks like a stored item (else a likely duplicate gets 409 likely_duplicate with candidates)"}
)

func object(props obj, required ...string) obj {
	o := obj{"type": "object", "properties": props}
	if len(required) > 0 {
		o["required"] = required
	}
	return o
}

func arrayOf(schema string) obj { return obj{"type": "array", "items": schemaRef(schema)} }

func withCitations(schema string) obj {
	return obj{"allOf": []obj{schemaRef(schema), object(obj{"citations": arrayOf("Citation")})}}
}

// schemas describes the JSON of each entity as the API sends and takes it.
func schemas() obj {
	return obj{
		"Error": object(obj{"error": object(obj{"code": tString, "message": tString, "field": tString,
			"fields": obj{"type": "object", "additionalProperties": tString, "description": "every refused field (422)"},
			"candidates": obj{"type": "array", "description": "likely_duplicate (409): the stored items it may copy",
				"items": object(obj{"kind": tString, "id": tID, "label": tString, "path": tString})},
			"request_id": obj{"type": "string", "description": "the request's id in the server's log (also the X-Request-Id header)"}},
			"code", "message", "field", "request_id")}, "error"),
		"Actor": object(obj{"id": tID, "kind": tActKind, "name": tString, "aliases": obj{"type": "string", "description": "one alias a line"},
			"description": tText, "wikidata_id": tString, "created_at": tTime, "updated_at": tTime, "version": tVersion,
			"roles": arrayOf("Role")}),
		"Role": object(obj{"id": tID, "actor_id": tID, "title": tString, "organisation_id": tIDOrNull,
			"organisation": obj{"allOf": []obj{schemaRef("Actor")}, "nullable": true}, "period": tDate,
			"period_earliest": tDay, "period_latest": tDay, "created_at": tTime, "updated_at": tTime}),
		"ActorInput": object(obj{"kind": tActKind, "name": tString, "aliases": tString, "description": tText,
			"wikidata_id": tString, "version": tVersion, "confirm_new": tConfirm}, "kind", "name"),
		"Source": object(obj{"id": tID, "kind": tSrcKind, "url": tString, "title": tString, "publisher": tString, "author": tString,
			"published": tDate, "published_earliest": tDay, "published_latest": tDay, "accessed": tDate, "archive_url": tString,
			"text": obj{"type": "string", "description": "what quotes anchor to; empty in lists"}, "text_hash": tString,
			"language": tSrcLang, "notes": tText, "created_at": tTime, "updated_at": tTime, "version": tVersion}),
		"SourceInput": object(obj{"kind": tSrcKind, "url": tString, "title": tString, "publisher": tString, "author": tString,
			"published": tDate, "accessed": tDate, "archive_url": tString, "text": tText, "language": tSrcLang, "notes": tText, "version": tVersion,
			"canonical_url": obj{"type": "string", "description": "the page's own address for itself (<link rel=\"canonical\">), matched like url"},
			"confirm_new":   tConfirm}, "kind", "title"),
		"Claim": object(obj{"id": tID, "text": tString, "verbatim": tBool, "speaker_id": tIDOrNull,
			"speaker": obj{"allOf": []obj{schemaRef("Actor")}, "nullable": true}, "said_on": tDate,
			"said_on_earliest": tDay, "said_on_latest": tDay, "rating": tRating, "rationale": tText,
			"created_at": tTime, "updated_at": tTime, "version": tVersion, "tags": tTags}),
		"CitedClaim": withCitations("Claim"),
		"ClaimInput": object(obj{"text": tString, "verbatim": tBool, "speaker_id": tIDOrNull, "said_on": tDate,
			"rating": tRating, "rationale": tText, "tags": tTags, "version": tVersion, "confirm_new": tConfirm,
			"repeats": obj{"type": "integer", "format": "int64", "description": "POST: the id of a claim this one repeats; a repeats relation is stored with it"}}, "text"),
		"Event": object(obj{"id": tID, "title": tString, "description": tText, "occurred": tDate,
			"occurred_earliest": tDay, "occurred_latest": tDay, "place": tString, "created_at": tTime, "updated_at": tTime,
			"version": tVersion, "tags": tTags, "participants": arrayOf("Participant")}),
		"Participant": object(obj{"event_id": tID, "actor_id": tID, "role_word": tString,
			"actor": obj{"allOf": []obj{schemaRef("Actor")}, "nullable": true}}),
		"CitedEvent": withCitations("Event"),
		"EventInput": object(obj{"title": tString, "description": tText, "occurred": tDate, "place": tString,
			"tags": tTags, "version": tVersion, "confirm_new": tConfirm}, "title"),
		"Citation": object(obj{"id": tID, "claim_id": tIDOrNull, "event_id": tIDOrNull, "source_id": tID,
			"source": obj{"allOf": []obj{schemaRef("Source")}, "nullable": true}, "quote": tString, "prefix": tString, "suffix": tString,
			"start_offset": obj{"type": "integer", "nullable": true, "description": "in code points"},
			"end_offset":   obj{"type": "integer", "nullable": true}, "locator": tString, "note": tText, "orphaned": tBool,
			"created_at": tTime, "updated_at": tTime}),
		"CitationInput": object(obj{"source_id": tID, "quote": obj{"type": "string", "description": "exact passage of the source's text"},
			"start_offset": obj{"type": "integer", "nullable": true, "description": "where to look first when the quote occurs more than once"},
			"locator":      tString, "note": tText}, "source_id"),
		"Timeline": object(obj{"id": tID, "slug": tString, "title": tString, "summary": tText, "visibility": tVisible,
			"owner_id": tIDOrNull, "created_at": tTime, "updated_at": tTime, "version": tVersion,
			"published": obj{"type": "integer", "description": "newest published version, 0 for none"}}),
		"TimelineWithEntries": obj{"allOf": []obj{schemaRef("Timeline"), object(obj{"entries": arrayOf("TimelineItem")})}},
		"TimelineItem": object(obj{"entry_id": tID, "entry_version": tEntryVersion, "lane": tString, "note": tText, "kind": tKind, "item_id": tID,
			"title": obj{"type": "string", "description": "a claim's text or an event's title"}, "description": tText,
			"date": tDate, "speaker_id": tIDOrNull, "speaker_name": tString, "rating": tRating, "verbatim": tBool,
			"place": tString, "tags": tTags, "participants": arrayOf("Participant"), "citations": arrayOf("Citation"),
			"relations": obj{"type": "array", "items": obj{"type": "object"}}}),
		"Entry": object(obj{"id": tID, "timeline_id": tID, "item_kind": tKind, "item_id": tID, "lane": tString,
			"note": tText, "created_at": tTime, "version": tEntryVersion}),
		"EntryInput": object(obj{"kind": tKind, "item_id": tID, "lane": tString, "note": tText, "version": tEntryVersion}, "kind", "item_id"),
	}
}

// sourceLanguageCodes are the values a source's language takes: "" (not told
// yet, or to be told from the text) and the codes factline reads.
func sourceLanguageCodes() []string {
	out := []string{""}
	for _, l := range models.SourceLanguages {
		out = append(out, l.Code)
	}
	return out
}
