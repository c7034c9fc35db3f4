-- What a link to one published version opens, kept as rows when the version is
-- published: its claims and events, their speakers and participants and the
-- sources they cite, as the version froze them. A request through the link
-- checks the item it reads against this table (one index probe) instead of
-- reading the frozen timeline and naming every item of it in its SQL.

-- +goose Up
CREATE TABLE version_scope (
    version_id INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    item_kind  TEXT    NOT NULL CHECK (item_kind IN ('claim', 'event', 'actor', 'source')),
    item_id    INTEGER NOT NULL,
    PRIMARY KEY (version_id, item_kind, item_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO version_scope (version_id, item_kind, item_id)
    SELECT v.id, json_extract(i.value, '$.kind'), json_extract(i.value, '$.item_id')
    FROM versions v, json_each(CAST(v.snapshot AS TEXT), '$.items') i;
INSERT OR IGNORE INTO version_scope (version_id, item_kind, item_id)
    SELECT v.id, 'actor', json_extract(i.value, '$.speaker_id')
    FROM versions v, json_each(CAST(v.snapshot AS TEXT), '$.items') i
    WHERE json_extract(i.value, '$.speaker_id') IS NOT NULL;
INSERT OR IGNORE INTO version_scope (version_id, item_kind, item_id)
    SELECT v.id, 'actor', json_extract(p.value, '$.actor_id')
    FROM versions v, json_each(CAST(v.snapshot AS TEXT), '$.items') i, json_each(i.value, '$.participants') p
    WHERE json_extract(p.value, '$.actor_id') IS NOT NULL;
INSERT OR IGNORE INTO version_scope (version_id, item_kind, item_id)
    SELECT v.id, 'source', json_extract(c.value, '$.source_id')
    FROM versions v, json_each(CAST(v.snapshot AS TEXT), '$.items') i, json_each(i.value, '$.citations') c
    WHERE json_extract(c.value, '$.source_id') IS NOT NULL;

-- +goose Down
DROP TABLE version_scope;
