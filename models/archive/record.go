package archive

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/capture"
)

// software names factline in the WARC files it writes.
const software = "factline (https://github.com/factline/factline)"

// FromFetch is the record of a page fetched by its address, from which text
// was extracted, and the WARC file to keep for it.
func FromFetch(f *capture.Fetched, text string, by int64) (models.Capture, []byte, error) {
	w, err := capture.WARC(f, software)
	if err != nil {
		return models.Capture{}, nil, err
	}
	c := models.Capture{Kind: models.CaptureFetch, RequestedURL: f.RequestedURL, FinalURL: f.FinalURL, Status: f.Status,
		CapturedAt: f.At, CapturedBy: userRef(by), ContentType: f.ContentType,
		PayloadSize: int64(len(f.Body)), PayloadSHA256: hexSum(f.Body), TextSHA256: textSum(text)}
	return c, w, nil
}

// FromUpload is the record of a file a researcher uploaded (or pasted), kept
// as it is: its bytes are both the payload and what is kept. An uploaded PDF
// is kept this way too, its text extracted by the caller.
func FromUpload(filename, contentType string, data []byte, text string, by int64) models.Capture {
	return models.Capture{Kind: models.CaptureUpload, Filename: filename, ContentType: contentType, CapturedBy: userRef(by),
		PayloadSize: int64(len(data)), PayloadSHA256: hexSum(data), TextSHA256: textSum(text)}
}

func hexSum(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// textSum is the hash of an extracted text as a source keeps it
// (models.Source's TextHash), "" for none.
func textSum(text string) string {
	if text == "" {
		return ""
	}
	return hexSum([]byte(text))
}

func userRef(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}
