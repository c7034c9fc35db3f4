package storage

// One soft-delete rule. A claim, event, actor, source, timeline or user that
// is deleted keeps its row, marked by deleted_at, until the trash is purged.
// Reads built with gorm leave marked rows out through the model's DeletedAt
// (gorm.DeletedAt, which also makes Delete mark rather than remove); a
// statement written by hand says the same through Live, or InTrash for what
// the trash shows, never in words of its own, so the rule has one spelling
// (TestSoftDeleteHasOneSpelling) and TestNoReadShowsASoftDeletedItem holds
// the reads to it on both engines.

// Live is the condition that the row alias names is not in the trash. On a
// LEFT JOIN it also holds for a row that is not there.
func Live(alias string) string { return alias + ".deleted_at IS NULL" }

// InTrash is the condition that the row alias names is in the trash.
func InTrash(alias string) string { return alias + ".deleted_at IS NOT NULL" }
