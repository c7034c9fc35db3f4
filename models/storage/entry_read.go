package storage

import (
	"context"
	"fmt"

	"github.com/factline/factline/models"
)

// EntryRead says which of a timeline's entries ReadEntries reads. The zero
// EntryRead reads them all, as an export streams them.
type EntryRead struct {
	// Filter keeps the entries that pass it (TimelineFilter.Match).
	Filter models.TimelineFilter
	// From is where the entries start in the timeline's order (a window
	// after an entry, or at one); the zero cursor is the timeline's start.
	From models.EntryCursor
	// Days, when set, keeps the entries whose days overlap the days from
	// Days[0] to Days[1] (day keys, as edtf.DayKey writes them): what a
	// window of the time-scaled view draws.
	Days *[2]string
	// Limit is how many entries at most; 0 reads them all.
	Limit int
	// Export reads the lists as the exports keep them: the participants in
	// the order of their actors (as the factline document lists them), and
	// only the relations between entries of the timeline, which an export
	// links within itself. Else they are as the page shows them: the
	// participants by name, and the relations the viewer may read wherever
	// their other end is.
	Export bool
}

// ReadEntries calls fn for the entries of a timeline that read asks for, in
// the timeline's order (timeline_entries.sort_key, sort_end, id), one row at a
// time in one statement whatever the timeline's length: a walk of the index on
// that order, so that the time and memory of a window do not grow with the
// timeline, and an export streams in flat memory. Each entry carries all that
// the timeline page and the exports show of it: tags, participants, citations
// with their sources, and relations with both ends' labels. The timeline page,
// the exports and publishing read entries here and nowhere else. The relations
// are those the Reader's viewer may read (but for an export's, which stay
// within the timeline).
func (r Reader) ReadEntries(ctx context.Context, timelineID int64, read EntryRead, fn func(*models.StreamedEntry) error) error {
	s := r.s
	where := entryWhere(timelineID, read.Filter, read.From)
	if read.Days != nil {
		where.add("e.sort_key <> 'Z' AND e.sort_key <= ? AND e.sort_end >= ?", read.Days[1], read.Days[0])
	}
	limit := ""
	participants, relations := "a.name", r.v.readable("r.from_kind", "r.from_id")+` AND `+r.v.readable("r.to_kind", "r.to_id")
	args := where.args
	if read.Export {
		participants = "p.actor_id"
		relations = `EXISTS (SELECT 1 FROM timeline_entries o WHERE o.timeline_id = ? AND o.item_kind = r.from_kind AND o.item_id = r.from_id)
			AND EXISTS (SELECT 1 FROM timeline_entries o WHERE o.timeline_id = ? AND o.item_kind = r.to_kind AND o.item_id = r.to_id)`
		args = append([]any{timelineID, timelineID}, args...)
	}
	if read.Limit > 0 {
		limit = " LIMIT ?"
		args = append(args, read.Limit)
	}
	rows, err := s.query(ctx, `SELECT x.*, `+s.entryLists(participants, relations)+`
		FROM (SELECT `+entryColumns+`
			FROM timeline_entries e
			LEFT JOIN claims c ON e.item_kind = 'claim' AND c.id = e.item_id AND `+Live("c")+`
			LEFT JOIN events v ON e.item_kind = 'event' AND v.id = e.item_id AND `+Live("v")+`
			LEFT JOIN actors a ON a.id = c.speaker_id
			WHERE `+where.String()+`
			ORDER BY e.sort_key, e.sort_end, e.id`+limit+`) x`, args...)
	if err != nil {
		return fmt.Errorf("store: entries of timeline %d: %w", timelineID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var e models.StreamedEntry
		var lists entryListsJSON
		if err := rows.Scan(append(entryTargets(&e), lists.targets()...)...); err != nil {
			return fmt.Errorf("store: entries of timeline %d: %w", timelineID, err)
		}
		if err := lists.decode(&e.TimelineItem); err != nil {
			return fmt.Errorf("store: entries of timeline %d: entry %d: %w", timelineID, e.EntryID, err)
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: entries of timeline %d: %w", timelineID, err)
	}
	return nil
}

// entryColumns is the one list of what an entry row holds, of
// timeline_entries e with its claim c or event v (the other NULL) and the
// claim's speaker a; entryTargets scans it in this order.
const entryColumns = `e.id AS entry_id, e.version, e.sort_key, e.sort_end, e.lane, e.note, e.display_date,
	e.media_url, e.media_caption, e.media_credit, e.media_thumbnail, e.item_kind AS kind, e.item_id,
	COALESCE(c.text, v.title) AS title, COALESCE(v.description, '') AS description,
	COALESCE(c.said_on, v.occurred) AS date, c.speaker_id, COALESCE(a.name, '') AS speaker_name,
	COALESCE(a.kind, '') AS speaker_kind, COALESCE(a.wikidata_id, '') AS speaker_wikidata_id,
	COALESCE(c.rating, 'unrated') AS rating, COALESCE(c.verbatim, FALSE) AS verbatim,
	COALESCE(v.place, '') AS place, COALESCE(c.rationale, '') AS rationale`

// entryTargets are the fields of e that entryColumns fill, in its order.
func entryTargets(e *models.StreamedEntry) []any {
	return []any{&e.EntryID, &e.EntryVersion, &e.SortKey, &e.SortEnd, &e.Lane, &e.Note, &e.DisplayDate,
		&e.MediaURL, &e.MediaCaption, &e.MediaCredit, &e.MediaThumbnail, &e.Kind, &e.ItemID,
		&e.Title, &e.Description, &e.Date, &e.SpeakerID, &e.SpeakerName, &e.SpeakerKind, &e.SpeakerWikidataID,
		&e.Rating, &e.Verbatim, &e.Place, &e.Rationale}
}
