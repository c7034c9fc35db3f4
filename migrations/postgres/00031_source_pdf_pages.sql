-- PostgreSQL twin of ../00031_source_pdf_pages.sql.

-- +goose Up
CREATE TABLE source_pdfs (
    source_id         BIGINT      PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    page_count        INTEGER     NOT NULL,
    size              BIGINT      NOT NULL,
    sha256            TEXT        NOT NULL,
    ligatures_missing BOOLEAN     NOT NULL DEFAULT false,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE TABLE source_pages (
    source_id    BIGINT  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    printed      TEXT    NOT NULL DEFAULT '',
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (source_id, number)
);
CREATE TABLE source_paragraphs (
    source_id    BIGINT  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (source_id, number)
);

-- +goose Down
DROP TABLE source_paragraphs;
DROP TABLE source_pages;
DROP TABLE source_pdfs;
