package capture

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/nlnwa/gowarc/v3"
)

// ErrNoResponse is returned for a WARC file that holds no HTTP response.
var ErrNoResponse = errors.New("capture: the WARC file holds no HTTP response")

// Payload is the page a WARC file's last response carried: the page a
// capture reached after any redirects.
type Payload struct {
	URL         string // the response record's WARC-Target-URI
	Status      int
	ContentType string // as the site said it
	Body        []byte // the payload, its transfer coding (chunks) removed
}

// LastResponse reads a WARC file as WARC writes it and returns the payload
// of its last response record, from the bytes kept: nothing is fetched.
func LastResponse(warc []byte) (Payload, error) {
	r, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(warc), 0)
	if err != nil {
		return Payload{}, fmt.Errorf("capture: read WARC: %w", err)
	}
	var last []byte
	var target string
	for rec, err := range r.Records() {
		if err != nil {
			return Payload{}, fmt.Errorf("capture: read WARC: %w", err)
		}
		if rec.WarcRecord.Type() == gowarc.Response {
			if last, err = rawBlock(rec.WarcRecord); err != nil {
				rec.Close()
				return Payload{}, err
			}
			target = rec.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI)
		}
		rec.Close()
	}
	if last == nil {
		return Payload{}, ErrNoResponse
	}
	res, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(last)), nil)
	if err != nil {
		return Payload{}, fmt.Errorf("capture: read the kept response of %s: %w", target, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return Payload{}, fmt.Errorf("capture: read the kept response of %s: %w", target, err)
	}
	return Payload{URL: target, Status: res.StatusCode, ContentType: res.Header.Get("Content-Type"), Body: body}, nil
}

func rawBlock(rec gowarc.WarcRecord) ([]byte, error) {
	raw, err := rec.Block().RawBytes()
	if err != nil {
		return nil, fmt.Errorf("capture: read a WARC record: %w", err)
	}
	b, err := io.ReadAll(raw)
	if err != nil {
		return nil, fmt.Errorf("capture: read a WARC record: %w", err)
	}
	return b, nil
}
