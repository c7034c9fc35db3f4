package archive

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/capture"
	"github.com/factline/factline/models/storage"
)

// ErrNoAddress is returned for a live check of a source without an address.
var ErrNoAddress = errors.New("archive: the source has no web address to check")

// liveBasis is what a live page is compared with: the newest capture's page
// (its text extracted again now, by the same extractor as the live page's,
// so that a change of extractor is not taken for a change of the page), a
// PDF's bytes, or, with no capture of a page, the source's text.
type liveBasis struct {
	captureID  *int64
	url        string // where the kept page was reached
	text       string
	pdfSHA256  string // a PDF is compared by its bytes
	comparePDF bool
}

// CheckLive fetches src's address now and compares what answers with what
// factline kept: gone (an HTTP error, or no answer: the reason kept), moved
// (it answers from another address than the kept page's), changed (its text
// differs: the paragraphs removed and added kept to show) or same. The check
// is stored, and the source's LiveState set to its state, in one
// transaction; by is who asked (0 for the schedule). The caller has read src
// as its viewer, with its text. No free turn of c is capture.ErrBusy, and an
// address capture refuses (a private one, a page too large) is its
// *capture.RefusedError: nothing is stored for either.
func (a Archive) CheckLive(ctx context.Context, c *capture.Capturer, src *models.Source, by int64) (*models.LiveCheck, error) {
	if src.URL == "" {
		return nil, ErrNoAddress
	}
	basis, err := a.liveBasis(ctx, c, src)
	if err != nil {
		return nil, err
	}
	check := &models.LiveCheck{SourceID: src.ID, CaptureID: basis.captureID, CheckedBy: userRef(by)}
	f, err := c.Fetch(ctx, src.URL)
	check.CheckedAt = time.Now().UTC()
	var status *capture.StatusError
	var unreachable *capture.UnreachableError
	switch {
	case errors.As(err, &status):
		check.State, check.Status, check.Problem = models.LiveGone, status.Status, status.Reason
	case errors.As(err, &unreachable):
		check.State, check.Problem = models.LiveGone, unreachable.Reason
	case err != nil: // factline's own refusal (a private address, a page too large) says nothing of the page
		return nil, fmt.Errorf("archive: check the live page of source %d: %w", src.ID, err)
	default:
		if err := compareLive(ctx, c, basis, f, check); err != nil {
			return nil, fmt.Errorf("archive: check the live page of source %d: %w", src.ID, err)
		}
	}
	err = a.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.Writer(ctx).Create(check).Error; err != nil {
			return err
		}
		return tx.Writer(ctx).Table("sources").Where("id = ?", src.ID).Update("live_state", check.State).Error
	})
	if err != nil {
		return nil, fmt.Errorf("archive: keep the live check of source %d: %w", src.ID, err)
	}
	src.LiveState = check.State
	return check, nil
}

// compareLive fills check from the live page f against basis.
func compareLive(ctx context.Context, c *capture.Capturer, basis liveBasis, f *capture.Fetched, check *models.LiveCheck) error {
	check.Status, check.FinalURL = f.Status, f.FinalURL
	check.TextSHA256 = hexSum(f.Body)
	differs := false
	if basis.comparePDF || pageMedia(f.ContentType) == "application/pdf" {
		differs = !basis.comparePDF || check.TextSHA256 != basis.pdfSHA256
		check.TextSHA256 = "" // the file's hash, not a text's: kept as nothing rather than mislabelled
	} else {
		live, err := extractText(ctx, c, f.Body, f.FinalURL)
		if err != nil {
			return err
		}
		check.TextSHA256 = textSum(live)
		if differs = live != basis.text; differs {
			check.Changes = TextChanges(basis.text, live)
		}
	}
	switch {
	case models.AddressKey(f.FinalURL) != models.AddressKey(basis.url):
		check.State = models.LiveMoved
	case differs:
		check.State = models.LiveChanged
	default:
		check.State = models.LiveSame
	}
	return nil
}

// extractText is the text factline reads from a page, "" for a page with no
// article or over the extraction's limits (the page is there: its text is
// then compared as none).
func extractText(ctx context.Context, c *capture.Capturer, page []byte, pageURL string) (string, error) {
	a, err := c.Capture(ctx, page, pageURL)
	var refused *capture.RefusedError
	if errors.Is(err, capture.ErrNoArticle) || errors.As(err, &refused) {
		return "", nil
	}
	return a.Text, err
}

// liveBasis reads what src's live page is compared with.
func (a Archive) liveBasis(ctx context.Context, c *capture.Capturer, src *models.Source) (liveBasis, error) {
	b := liveBasis{url: src.URL, text: src.Text}
	caps, err := a.Captures(ctx, src.ID)
	if err != nil || len(caps) == 0 {
		return b, err
	}
	newest := caps[0]
	b.captureID = &newest.ID
	if newest.FinalURL != "" {
		b.url = newest.FinalURL
	}
	if pageMedia(newest.ContentType) == "application/pdf" {
		b.comparePDF, b.pdfSHA256 = true, newest.PayloadSHA256
		return b, nil
	}
	if newest.Kind != models.CaptureFetch || !Readable(newest) {
		return b, nil // an uploaded page: the source's text is what was read from it
	}
	kept, err := a.Bytes(ctx, &newest)
	if err != nil {
		return b, err
	}
	p, err := capture.LastResponse(kept)
	if err != nil {
		return b, fmt.Errorf("archive: the page of capture %d: %w", newest.ID, err)
	}
	b.text, err = extractText(ctx, c, p.Body, b.url)
	return b, err
}

// LiveChecks returns a source's live checks, newest first, at most limit.
// The caller has read the source as its viewer.
func (a Archive) LiveChecks(ctx context.Context, sourceID int64, limit int) ([]models.LiveCheck, error) {
	var out []models.LiveCheck
	if err := a.Reader(ctx).Where("source_id = ?", sourceID).Order("id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("archive: live checks of source %d: %w", sourceID, err)
	}
	return out, nil
}

// SourcesLive lists the sources whose newest live check found state ("" for
// those never checked), newest publication first, without their text, at
// most limit: the source list's filter (team material: its route is for
// signed-in users).
func (a Archive) SourcesLive(ctx context.Context, state string, limit int) ([]models.Source, error) {
	var out []models.Source
	err := a.Reader(ctx).Omit("text").Where("live_state = ?", state).
		Order("published_earliest DESC, id DESC").Limit(limit).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("archive: sources whose live page is %q: %w", state, err)
	}
	return out, nil
}

// DueForLiveCheck lists the sources with an address that no check has
// looked at since since, from the id after after on, in the order of their
// ids, at most limit, for the schedule.
func (a Archive) DueForLiveCheck(ctx context.Context, since time.Time, after int64, limit int) ([]models.Source, error) {
	var out []models.Source
	err := a.Reader(ctx).Omit("text").Where("url <> '' AND id > ? AND NOT EXISTS (SELECT 1 FROM live_checks WHERE live_checks.source_id = sources.id AND live_checks.checked_at >= ?)", after, since).
		Order("id").Limit(limit).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("archive: sources due for a live check: %w", err)
	}
	return out, nil
}
