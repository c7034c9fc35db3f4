package storage

// bookkeeping fields change on every save and say nothing to a reader.
var bookkeeping = map[string]bool{"id": true, "entry_id": true, "created_at": true, "updated_at": true, "version": true,
	"said_on_earliest": true, "said_on_latest": true, "occurred_earliest": true, "occurred_latest": true,
	"published_earliest": true, "published_latest": true, "period_earliest": true, "period_latest": true,
	"text_hash": true, "speaker": true, "published": true}
