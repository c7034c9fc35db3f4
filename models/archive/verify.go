package archive

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/factline/factline/models"
)

// Check is what verifying a capture found, now.
type Check struct {
	SHA256     string // of the kept bytes, hashed again
	BytesMatch bool   // SHA256 is the one recorded when they were kept
	Stamps     []StampCheck
}

// StampCheck is what one timestamp token said about the kept bytes.
type StampCheck struct {
	Authority string
	Time      time.Time // when the authority signed, as the token says
	Signer    string    // the subject of the certificate that signed
	Problem   string    // why the token does not hold, "" when it does
}

// OK reports whether the bytes are those kept and every token stamps them.
func (c Check) OK() bool {
	for _, s := range c.Stamps {
		if s.Problem != "" {
			return false
		}
	}
	return c.BytesMatch
}

// Verify hashes a capture's kept bytes again and checks each of its tokens
// against that hash (not the recorded one), so a change to the bytes or to
// the record shows.
func (a Archive) Verify(ctx context.Context, c *models.Capture) (Check, error) {
	b, err := a.Bytes(ctx, c)
	if err != nil {
		return Check{}, err
	}
	sum := sha256.Sum256(b)
	out := Check{SHA256: hex.EncodeToString(sum[:])}
	out.BytesMatch = out.SHA256 == c.StoredSHA256
	for _, stored := range c.Timestamps {
		sc := StampCheck{Authority: stored.Authority, Time: stored.StampedAt}
		if st, err := checkToken(stored.Token, sum[:]); err != nil {
			sc.Problem = err.Error()
		} else {
			sc.Time, sc.Signer = st.Time, st.Signer.Subject.String()
		}
		out.Stamps = append(out.Stamps, sc)
	}
	return out, nil
}
