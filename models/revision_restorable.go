package models

// MayRestoreOn reports whether a viewer with access a to timeline t may bring
// back its revision r (RestoreRevision), which is an edit of the timeline
// like any other: an editor may, unless it would change who sees the
// timeline, which only its owner and admins may (checkTimelineChange).
func (r Revision) MayRestoreOn(t *Timeline, a Access) bool {
	if !a.Edit {
		return false
	}
	if _, _, entry := r.EntryChange(); entry || r.Entity != "timeline" || a.Visibility {
		return true
	}
	visibility, ok := fields(r.After)["visibility"]
	return !ok || visibility == t.Visibility
}
