package capture

import (
	"bytes"
	"compress/gzip"
	"fmt"

	"github.com/nlnwa/gowarc/v3"
)

// WARC writes what was fetched as a WARC 1.1 file of gzip members, one a
// record as .warc.gz files are, so that a reader may start at any record: a
// warcinfo record naming software, then each exchange's request and response
// records exactly as they crossed the wire, the response WARC-Concurrent-To
// its request, with SHA-256 block and payload digests. Written with
// nlnwa/gowarc, the National Library of Norway's WARC library, which its own
// harvester uses.
func WARC(f *Fetched, software string) ([]byte, error) {
	var out bytes.Buffer
	info := gowarc.NewRecordBuilder(gowarc.Warcinfo, gowarc.WithAddMissingDigest(true))
	info.AddWarcHeaderTime(gowarc.WarcDate, f.At)
	info.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	if _, err := fmt.Fprintf(info, "software: %s\r\nformat: WARC File Format 1.1\r\n", software); err != nil {
		return nil, fmt.Errorf("capture: warcinfo: %w", err)
	}
	infoID, err := writeRecord(&out, info, "")
	if err != nil {
		return nil, err
	}
	for _, ex := range f.Exchanges {
		req := gowarc.NewRecordBuilder(gowarc.Request, gowarc.WithAddMissingDigest(true))
		addExchangeHeaders(req, ex, gowarc.ApplicationHttp+";msgtype=request")
		if _, err := req.Write(ex.Request); err != nil {
			return nil, fmt.Errorf("capture: request record: %w", err)
		}
		reqID, err := writeRecord(&out, req, infoID)
		if err != nil {
			return nil, err
		}
		res := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true))
		addExchangeHeaders(res, ex, gowarc.ApplicationHttp+";msgtype=response")
		res.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+reqID+">")
		if _, err := res.Write(ex.Response); err != nil {
			return nil, fmt.Errorf("capture: response record: %w", err)
		}
		if _, err := writeRecord(&out, res, infoID); err != nil {
			return nil, err
		}
	}
	return out.Bytes(), nil
}

func addExchangeHeaders(b gowarc.WarcRecordBuilder, ex Exchange, contentType string) {
	b.AddWarcHeader(gowarc.WarcTargetURI, ex.URL)
	b.AddWarcHeaderTime(gowarc.WarcDate, ex.At)
	if ex.IP != "" {
		b.AddWarcHeader(gowarc.WarcIPAddress, ex.IP)
	}
	b.AddWarcHeader(gowarc.ContentType, contentType)
}

// writeRecord builds a record, writes it to out as one gzip member and
// returns its WARC-Record-ID (without the angle brackets).
func writeRecord(out *bytes.Buffer, b gowarc.WarcRecordBuilder, infoID string) (string, error) {
	if infoID != "" {
		b.AddWarcHeader(gowarc.WarcWarcinfoID, "<"+infoID+">")
	}
	rec, _, err := b.Build()
	if err != nil {
		return "", fmt.Errorf("capture: build a WARC record: %w", err)
	}
	defer rec.Close()
	gz := gzip.NewWriter(out)
	if _, _, err := gowarc.NewMarshaler().Marshal(gz, rec, 0); err != nil {
		return "", fmt.Errorf("capture: write a WARC record: %w", err)
	}
	if err := gz.Close(); err != nil {
		return "", fmt.Errorf("capture: write a WARC record: %w", err)
	}
	return rec.RecordId(), nil
}
