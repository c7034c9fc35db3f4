package models

// Usage says what uses an item, so that deleting it can say what would be affected.
type Usage struct {
	Timelines []Timeline `json:"timelines"`
	Claims    int64      `json:"claims"` // claims an actor spoke
	Events    int64      `json:"events"` // events an actor took part in
	Roles     int64      `json:"roles"`  // roles held at an organisation
	Citations int64      `json:"citations"`
	Relations int64      `json:"relations"`
	Entries   int64      `json:"entries"` // entries on a timeline
}

// Empty reports whether nothing uses the item.
func (u Usage) Empty() bool {
	return len(u.Timelines) == 0 && u.Claims+u.Events+u.Roles+u.Citations+u.Relations+u.Entries == 0
}
