-- An import runs in short transactions; until its last one, its timeline is
-- marked import_pending, so that one stopped half-way (killed, say) is marked
-- as unfinished rather than passed off as whole.
--
-- What TimelineJS files carry beyond factline's own fields, kept per entry: the
-- author's display date and the slide's media (URL as written, relative ones
-- included, with caption, credit and thumbnail). And a timeline's eras: named
-- periods (EDTF), shown as bands on its page and exported back to TimelineJS.

-- +goose Up
ALTER TABLE timelines ADD COLUMN import_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE timeline_entries ADD COLUMN display_date    TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_entries ADD COLUMN media_url       TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_entries ADD COLUMN media_caption   TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_entries ADD COLUMN media_credit    TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_entries ADD COLUMN media_thumbnail TEXT NOT NULL DEFAULT '';

CREATE TABLE timeline_eras (
    id              INTEGER PRIMARY KEY,
    timeline_id     INTEGER NOT NULL REFERENCES timelines (id) ON DELETE CASCADE,
    title           TEXT    NOT NULL,
    period          TEXT    NOT NULL,
    period_earliest TEXT,
    period_latest   TEXT
);
CREATE INDEX timeline_eras_timeline ON timeline_eras (timeline_id, period_earliest);

-- +goose Down
DROP TABLE timeline_eras;
ALTER TABLE timeline_entries DROP COLUMN media_thumbnail;
ALTER TABLE timeline_entries DROP COLUMN media_credit;
ALTER TABLE timeline_entries DROP COLUMN media_caption;
ALTER TABLE timeline_entries DROP COLUMN media_url;
ALTER TABLE timeline_entries DROP COLUMN display_date;
ALTER TABLE timelines DROP COLUMN import_pending;
