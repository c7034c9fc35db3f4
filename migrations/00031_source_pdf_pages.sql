-- PDF sources (issue 24 item 4): a source read from a PDF keeps, beside its
-- text (sources.text, which quotes anchor in as in a web page's), the PDF it
-- was read from (size, SHA-256, page count, whether its text layer lost its
-- ligatures), where each page's text is in sources.text (code points, end
-- exclusive) with the number the page prints on itself, and the paragraphs
-- the document numbers. A citation of such a source says its page and
-- paragraph ("p. 7 (PDF p. 9), para. 24"). Rows go with their source.

-- +goose Up
CREATE TABLE source_pdfs (
    source_id         INTEGER  PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    page_count        INTEGER  NOT NULL,
    size              INTEGER  NOT NULL,
    sha256            TEXT     NOT NULL,
    ligatures_missing INTEGER  NOT NULL DEFAULT 0,
    created_at        DATETIME NOT NULL
);
CREATE TABLE source_pages (
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    printed      TEXT    NOT NULL DEFAULT '',
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (source_id, number)
);
CREATE TABLE source_paragraphs (
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (source_id, number)
);

-- +goose Down
DROP TABLE source_paragraphs;
DROP TABLE source_pages;
DROP TABLE source_pdfs;
