package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// readerText has a Windows line break, a blank line and non-ASCII letters, so
// that offsets in code points differ from byte and UTF-16 offsets.
const readerText = "Genève — China's envoy spoke.\r\nChen Xu told ACANU the report offered up \"groundless blame\".\r\n\r\nOn Thursday the General Assembly approved Volker Türk."

// offsetOf is where quote starts in readerText, in code points.
func offsetOf(t *testing.T, quote string) int {
	t.Helper()
	i := strings.Index(readerText, quote)
	if i < 0 {
		t.Fatalf("%q is not in the text", quote)
	}
	return len([]rune(readerText[:i]))
}

// segmentsText rebuilds, from the reader's pieces and their data-start, the text
// each offset names, as reader.js reads it.
func segmentsText(t *testing.T, doc *goquery.Document) map[int]string {
	t.Helper()
	out := map[int]string{}
	doc.Find(`[data-testid="reader-text"] .seg`).Each(func(_ int, s *goquery.Selection) {
		start, err := strconv.Atoi(s.AttrOr("data-start", ""))
		if err != nil {
			t.Fatalf("segment without data-start: %q", s.Text())
		}
		out[start] = s.Text()
	})
	return out
}

func TestReaderHighlightsCitedPassagesWithNumbersAndOffsets(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "AP report", readerText, "2022-09-10")
	claim := storage.MakeClaim(t, tc.store, nil, "Chen Xu: groundless blame", "2022-09-10")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless blame")
	res, doc := tc.get("/sources/"+itoa(src.ID)+"/read", nil)
	wantStatus(t, res, http.StatusOK)
	runes := []rune(readerText)
	segs := segmentsText(t, doc)
	for start, text := range segs {
		if got := string(runes[start : start+len([]rune(text))]); got != text {
			t.Errorf("segment at %d shows %q, the text there is %q", start, text, got)
		}
	}
	if doc.Find(`[data-testid="reader-text"] > p`).Length() != 2 || doc.Find(`[data-testid="reader-text"] br`).Length() != 1 {
		t.Error("paragraphs and line breaks not kept")
	}
	mark := doc.Find("mark.cited")
	if text(mark) != "groundless blame" || segs[offsetOf(t, "groundless blame")] != "groundless blame" {
		t.Errorf("highlight %q", text(mark))
	}
	num := doc.Find(`[data-testid="cite-num"]`)
	if !strings.HasPrefix(text(num), "1") || !strings.Contains(text(num), "Chen Xu: groundless blame") {
		t.Errorf("highlight number and its accessible name: %q", text(num))
	}
	if href, _ := num.Next().Find("a").Attr("href"); href != "/claims/"+itoa(claim.ID) {
		t.Errorf("the highlight's tip links to %q", href)
	}
}

func TestReaderCitesASelectedPassageAsANewClaim(t *testing.T) {
	tc := newTestClient(t)
	storage.MakeActor(t, tc.store, "Chen Xu")
	src := storage.MakeSource(t, tc.store, "AP report", readerText, "2022-09-10")
	const quote = "told ACANU the report"
	start := offsetOf(t, quote)
	// The selection took a space on each side; the form trims it.
	q := url.Values{"as": {"claim"}, "start": {itoa(int64(start - 1))}, "end": {itoa(int64(start + len(quote) + 1))}}
	res, doc := tc.get("/sources/"+itoa(src.ID)+"/cite?"+q.Encode(), map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="cite-form"]`)
	if got := form.Find(`input[name="quote"]`).AttrOr("value", ""); got != quote {
		t.Fatalf("quote %q", got)
	}
	if got := form.Find(`input[name="prefix"]`).AttrOr("value", ""); !strings.HasSuffix(got, "spoke.\nChen Xu ") { // HTML reads CRLF as LF
		t.Errorf("prefix %q", got)
	}
	if !strings.Contains(text(form), "10 Sep 2022") {
		t.Error("the form does not say which date relative dates are read against")
	}
	post := url.Values{"as": {"claim"}, "start": {form.Find(`input[name="start"]`).AttrOr("value", "")},
		"end": {form.Find(`input[name="end"]`).AttrOr("value", "")}, "quote": {quote},
		"text": {"The report offered up groundless blame"}, "speaker": {"Chen Xu"}, "said_on": {"31 Feb 2022"}, "rating": {"unrated"}}
	res, doc = tc.post("/sources/"+itoa(src.ID)+"/cite", post, true)
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if msg := text(doc.Find(`[data-testid="error-said_on"]`)); !strings.Contains(msg, "no day 31") {
		t.Errorf("date message %q", msg)
	}
	if got := doc.Find(`input[name="speaker"]`).AttrOr("value", ""); got != "Chen Xu" {
		t.Errorf("typed speaker not kept: %q", got)
	}
	if claims := storage.Must(tc.store.ListClaims(context.Background(), 5))(t); len(claims) != 0 {
		t.Fatalf("a refused citation stored %d claims", len(claims))
	}
	post.Set("said_on", "8 Sep 2022")
	res, _ = tc.post("/sources/"+itoa(src.ID)+"/cite", post, true)
	wantStatus(t, res, http.StatusNoContent)
	to := res.Header.Get("HX-Redirect")
	if !strings.HasPrefix(to, "/sources/"+itoa(src.ID)+"/read?cited=") {
		t.Fatalf("redirect to %q", to)
	}
	_, doc = tc.get(to, nil)
	if text(doc.Find("mark.cited")) != quote {
		t.Error("the new citation is not highlighted")
	}
	claims := storage.Must(tc.store.ListClaims(context.Background(), 5))(t)
	if len(claims) != 1 || claims[0].SaidOn.Display() != "8 Sep 2022" || claims[0].Speaker == nil {
		t.Fatalf("claims: %+v", claims)
	}
	cits := storage.Must(tc.store.CitationsOf(context.Background(), []models.Ref{{Kind: models.KindClaim, ID: claims[0].ID}}))(t)
	if len(cits) != 1 || *cits[0].StartOffset != start || *cits[0].EndOffset != start+len(quote) {
		t.Errorf("citation: %+v", cits)
	}
}

func TestReaderRefusesAnEmptySelectionAndShowsASourceWithoutText(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "AP report", readerText, "2022-09-10")
	q := url.Values{"as": {"event"}, "start": {"29"}, "end": {"31"}} // just the line break
	res, doc := tc.get("/sources/"+itoa(src.ID)+"/cite?"+q.Encode(), map[string]string{"HX-Request": "true"})
	wantStatus(t, res, http.StatusUnprocessableEntity)
	if !strings.Contains(text(doc.Find(`[data-testid="cite-problem"]`)), "Select a passage") {
		t.Errorf("answer: %q", text(doc.Selection))
	}
	empty := storage.MakeSource(t, tc.store, "Video", "", "2022-09-10")
	_, doc = tc.get("/sources/"+itoa(empty.ID)+"/read", nil)
	if doc.Find(`[data-testid="no-text"]`).Length() != 1 || doc.Find(`[data-testid="cite-bar"]`).Length() != 0 {
		t.Error("a source without text offers to cite from it")
	}
}

func TestOrphanedCitationIsShownOnTheSourceAndTheClaim(t *testing.T) {
	tc := newTestClient(t)
	src := storage.MakeSource(t, tc.store, "AP report", readerText, "2022-09-10")
	claim := storage.MakeClaim(t, tc.store, nil, "Chen Xu: groundless blame", "2022-09-10")
	storage.MakeCitation(t, tc.store, models.Ref{Kind: models.KindClaim, ID: claim.ID}, src, "groundless blame")
	tc.get("/sources/"+itoa(src.ID)+"/edit", nil)
	res, _ := tc.post("/sources/"+itoa(src.ID), url.Values{"kind": {"article"}, "title": {"AP report"},
		"published": {"2022-09-10"}, "text": {"The envoy's quote was cut from this version."}, "version": {itoa(int64(src.Version))}}, false)
	wantStatus(t, res, http.StatusSeeOther)
	for _, path := range []string{"/sources/" + itoa(src.ID), "/sources/" + itoa(src.ID) + "/read", "/claims/" + itoa(claim.ID)} {
		_, doc := tc.get(path, nil)
		if doc.Find(`[data-testid="orphaned"]`).Length() != 1 || !strings.Contains(text(doc.Find("main")), "groundless blame") {
			t.Errorf("%s does not show the orphaned citation", path)
		}
	}
}
