-- What a link to one published version opens, kept as rows when the version is
-- published: its claims and events, their speakers and participants and the
-- sources they cite, as the version froze them. A request through the link
-- checks the item it reads against this table (one index probe) instead of
-- reading the frozen timeline and naming every item of it in its SQL.

-- +goose Up
CREATE TABLE version_scope (
    version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    item_kind  TEXT   NOT NULL CHECK (item_kind IN ('claim', 'event', 'actor', 'source')),
    item_id    BIGINT NOT NULL,
    PRIMARY KEY (version_id, item_kind, item_id)
);

WITH items AS (
    SELECT v.id AS version_id, i.value AS item
    FROM versions v, jsonb_array_elements(COALESCE(convert_from(v.snapshot, 'UTF8')::jsonb -> 'items', '[]'::jsonb)) i
)
INSERT INTO version_scope (version_id, item_kind, item_id)
    SELECT version_id, item ->> 'kind', (item ->> 'item_id')::bigint FROM items
    UNION SELECT version_id, 'actor', (item ->> 'speaker_id')::bigint FROM items WHERE item ->> 'speaker_id' IS NOT NULL
    UNION SELECT version_id, 'actor', (p ->> 'actor_id')::bigint
        FROM items, jsonb_array_elements(COALESCE(NULLIF(item -> 'participants', 'null'::jsonb), '[]'::jsonb)) p
    UNION SELECT version_id, 'source', (c ->> 'source_id')::bigint
        FROM items, jsonb_array_elements(COALESCE(NULLIF(item -> 'citations', 'null'::jsonb), '[]'::jsonb)) c;

-- +goose Down
DROP TABLE version_scope;
