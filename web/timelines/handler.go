// Package timelines is the pages of timelines: the front page and the list,
// a timeline's page (windows of entries, facets, the time-scaled view), its
// form and deletion, its entries (added, edited, removed, restored), its
// exports, its published versions (published, shown, exported), and its
// embed. Its routes are registered in web/routes.go.
package timelines

import (
	"github.com/factline/factline/models"
	"github.com/factline/factline/web/ui"
)

// Handler serves the timelines' pages.
type Handler struct {
	*ui.Kit
	// aggregates holds what a timeline page shows of the whole timeline
	// (counts by year, facets) by timeline, filter and data version.
	aggregates *versionCache[timelineAggregates]
	// scaleRows and scaleCounts hold timelines' entries counted by day, lane
	// and speaker for the time scale, by filter (and grouping), at one data
	// version (timelineScaleRows, timelineScaleCounts).
	scaleRows   *versionCache[[]models.ScaleCount]
	scaleCounts *versionCache[scaleCounts]
}

// New builds the timelines' pages over the kit.
func New(kit *ui.Kit) *Handler {
	return &Handler{Kit: kit, aggregates: newVersionCache[timelineAggregates](512),
		scaleCounts: newVersionCache[scaleCounts](scaleCountsKept), scaleRows: newVersionCache[[]models.ScaleCount](scaleRowsKept)}
}
