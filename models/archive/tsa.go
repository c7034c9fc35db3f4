package archive

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"time"

	"github.com/factline/factline/models"
)

// maxTokenBytes bounds an authority's answer: a token with its certificate
// chain is a few KiB.
const maxTokenBytes = 1 << 20

// Stamper asks RFC 3161 time-stamping authorities to sign captures'
// digests over HTTP (rfc3161.go). The authorities are the operator's (serve
// --tsa-url), so unlike a capture's fetch their addresses may be on the
// local network.
type Stamper struct {
	Authorities []string // their addresses, in the order tried
	Client      *http.Client
}

// NewStamper asks the authorities at urls, waiting at most timeout for each.
func NewStamper(urls []string, timeout time.Duration) *Stamper {
	return &Stamper{Authorities: urls, Client: &http.Client{Timeout: timeout}}
}

// StampAll has every authority stamp a capture and keeps each token, in the
// capture's own records; an authority that fails is reported and the others
// still asked. Nothing about the capture waits on it: it is kept already.
func (st *Stamper) StampAll(ctx context.Context, a Archive, c *models.Capture) error {
	var errs []error
	for _, url := range st.Authorities {
		ts, err := st.Stamp(ctx, url, c.StoredSHA256)
		if err == nil {
			ts.CaptureID = c.ID
			err = a.AddTimestamp(ctx, ts)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.Timestamps = append(c.Timestamps, *ts)
	}
	return errors.Join(errs...)
}

// Stamp asks the authority at url to time-stamp a SHA-256 digest (in hex) and
// returns its token, checked: signed by the certificate it carries, over
// that digest, with our nonce.
func (st *Stamper) Stamp(ctx context.Context, url, digestHex string) (*models.CaptureTimestamp, error) {
	digest, err := hex.DecodeString(digestHex)
	if err != nil {
		return nil, fmt.Errorf("archive: time-stamp: digest %q: %w", digestHex, err)
	}
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		return nil, fmt.Errorf("archive: time-stamp: nonce: %w", err)
	}
	query, err := stampQuery(digest, nonce)
	if err != nil {
		return nil, fmt.Errorf("archive: time-stamp request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(query))
	if err != nil {
		return nil, fmt.Errorf("archive: time-stamp by %s: %w", url, err)
	}
	req.Header.Set("Content-Type", "application/timestamp-query")
	res, err := st.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("archive: time-stamp by %s: %w", url, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxTokenBytes+1))
	if err != nil {
		return nil, fmt.Errorf("archive: time-stamp by %s: %w", url, err)
	}
	if res.StatusCode != http.StatusOK || len(body) > maxTokenBytes {
		return nil, fmt.Errorf("archive: time-stamp by %s: answered %d with %d bytes", url, res.StatusCode, len(body))
	}
	token, err := tokenOf(body)
	if err == nil {
		var got *stamped
		if got, err = checkToken(token, digest); err == nil {
			if got.Nonce == nil || got.Nonce.Cmp(nonce) != 0 {
				err = errors.New("the token answers another request (nonce)")
			} else {
				return &models.CaptureTimestamp{Authority: url, Token: token, StampedAt: got.Time}, nil
			}
		}
	}
	return nil, fmt.Errorf("archive: time-stamp by %s: %w", url, err)
}
