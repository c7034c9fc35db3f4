package models

import "time"

// Capture kinds: what a capture's kept bytes are.
const (
	CaptureFetch  = "fetch"  // a page fetched by its address: the HTTP requests and responses as a WARC file
	CaptureUpload = "upload" // a file a researcher uploaded (or pasted), as received
)

// Capture is one preservation of a source's bytes as factline received them:
// where they came from, when, who captured them, and the digests that let
// anyone check them later. A capture is never rewritten; a re-capture is a
// new capture of the same source. SourceID is nil only between a capture and
// the saving of the source it was reviewed for.
type Capture struct {
	ID             int64              `json:"id"`
	SourceID       *int64             `json:"source_id"`
	Kind           string             `json:"kind"`
	RequestedURL   string             `gorm:"column:requested_url" json:"requested_url,omitempty"` // the address asked
	FinalURL       string             `gorm:"column:final_url" json:"final_url,omitempty"`         // after redirects
	Status         int                `json:"status,omitempty"`                                    // the final HTTP status
	CapturedAt     time.Time          `json:"captured_at"`
	CapturedBy     *int64             `json:"captured_by"`
	ContentType    string             `json:"content_type,omitempty"` // the payload's, as the site or the upload said
	Filename       string             `json:"filename,omitempty"`     // an upload's name
	PayloadSize    int64              `json:"payload_size"`           // the page or file itself, without HTTP headers
	PayloadSHA256  string             `gorm:"column:payload_sha256" json:"payload_sha256"`
	TextSHA256     string             `gorm:"column:text_sha256" json:"text_sha256,omitempty"`    // of the text extracted from the payload
	StoredSHA256   string             `gorm:"column:stored_sha256" json:"stored_sha256"`          // of the bytes kept (the WARC file or the upload): what timestamps stamp
	StoredSize     int64              `gorm:"->;column:stored_size" json:"stored_size,omitempty"` // read from the kept bytes
	CapturedByName string             `gorm:"->;column:captured_by_name" json:"captured_by_name,omitempty"`
	Timestamps     []CaptureTimestamp `gorm:"-" json:"timestamps,omitempty"`
}

// CaptureTimestamp is an RFC 3161 time-stamp token an authority signed over a
// capture's StoredSHA256.
type CaptureTimestamp struct {
	ID        int64     `json:"id"`
	CaptureID int64     `json:"capture_id"`
	Authority string    `json:"authority"`  // the authority's address
	Token     []byte    `json:"token"`      // the DER TimeStampToken (a CMS SignedData)
	StampedAt time.Time `json:"stamped_at"` // the time the authority signed
}
