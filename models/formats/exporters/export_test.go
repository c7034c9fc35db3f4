package exporters_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/storage"
)

func TestTimelineJSKeepsRealPrecision(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	tl := formatstest.DatedTimeline(t, store, "Event", "2022-09", "2022-09-12/2022-10-07", "2022-09-09?", "2022~", "../2022-09-10", "2022-09-10T13:23+12:00")
	var out struct {
		Events []struct {
			StartDate   map[string]any `json:"start_date"`
			EndDate     map[string]any `json:"end_date"`
			DisplayDate string         `json:"display_date"`
			UniqueID    string         `json:"unique_id"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(formatstest.ExportString(t, store, tl, "timelinejs")), &out); err != nil {
		t.Fatal(err)
	}
	byDisplay := map[string]int{}
	for i, e := range out.Events {
		byDisplay[e.DisplayDate] = i
		if !strings.HasPrefix(e.UniqueID, "event-") {
			t.Errorf("unique_id %q is not the permalink anchor", e.UniqueID)
		}
	}
	want := map[string]struct {
		start, end string // the date objects as JSON, display_date left out
	}{
		"Sep 2022":                    {`{"month":9,"year":2022}`, ""},
		"12 Sep – 7 Oct 2022":         {`{"day":12,"month":9,"year":2022}`, `{"day":7,"month":10,"year":2022}`},
		"9 Sep 2022 (?)":              {`{"day":9,"month":9,"year":2022}`, ""},
		"c. 2022":                     {`{"year":2022}`, ""},
		"by 10 Sep 2022":              {`{"day":10,"month":9,"year":2022}`, ""},
		"10 Sep 2022, 13:23 (UTC+12)": {`{"day":10,"hour":13,"minute":23,"month":9,"year":2022}`, ""},
	}
	for display, w := range want {
		i, ok := byDisplay[display]
		if !ok {
			t.Errorf("no slide shows %q; got %v", display, byDisplay)
			continue
		}
		e := out.Events[i]
		delete(e.StartDate, "display_date")
		if got := marshal(t, e.StartDate); got != w.start {
			t.Errorf("%s: start_date %s, want %s", display, got, w.start)
		}
		if e.EndDate != nil {
			delete(e.EndDate, "display_date")
		}
		if got := marshal(t, e.EndDate); w.end != "" && got != w.end || w.end == "" && e.EndDate != nil {
			t.Errorf("%s: end_date %s, want %q", display, got, w.end)
		}
	}
}

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestClaimReviewForRatedClaimsOnly(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := context.Background()
	speaker := &models.Actor{Kind: models.Organisation, Name: "China", WikidataID: "Q148"}
	if err := store.SaveActor(ctx, speaker); err != nil {
		t.Fatal(err)
	}
	src := &models.Source{Kind: "article", Title: "China shuns co-operation", URL: "https://example.org/a",
		Publisher: "NZ Herald", Published: edtf.MustParse("2022-09-10"), Text: "China says the assessment is a fabrication."}
	if err := store.SaveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	var refs []models.Ref
	for _, r := range []models.Rating{models.Misleading, models.Unrated, models.Accurate} {
		c := &models.Claim{Text: "The assessment is " + string(r), SpeakerID: &speaker.ID, SaidOn: edtf.MustParse("2022-09-08"), Rating: r, Rationale: "because"}
		if err := store.SaveClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
		storage.MakeCitation(t, store, models.Ref{Kind: models.KindClaim, ID: c.ID}, src, "fabrication")
		refs = append(refs, models.Ref{Kind: models.KindClaim, ID: c.ID})
	}
	tl := storage.MakeTimeline(t, store, "rated", refs...)
	var reviews []map[string]any
	if err := json.Unmarshal([]byte(formatstest.ExportString(t, store, tl, "claimreview")), &reviews); err != nil {
		t.Fatal(err)
	}
	if len(reviews) != 2 {
		t.Fatalf("%d ClaimReviews, want 2 (rated claims only)", len(reviews))
	}
	for _, r := range reviews {
		if r["@type"] != "ClaimReview" || r["@context"] != "https://schema.org" {
			t.Errorf("not a schema.org ClaimReview: %v", r)
		}
		if !strings.HasPrefix(r["url"].(string), "https://factline.example/claims/") {
			t.Errorf("url %v is not the claim's permalink", r["url"])
		}
		if strings.HasSuffix(r["claimReviewed"].(string), "unrated") {
			t.Errorf("an unrated claim was reviewed: %v", r["claimReviewed"])
		}
		rating := r["reviewRating"].(map[string]any)
		if rating["bestRating"] != 5.0 || rating["worstRating"] != 1.0 || rating["alternateName"] == "" || rating["ratingValue"] == nil {
			t.Errorf("reviewRating %v lacks a property", rating)
		}
		item := r["itemReviewed"].(map[string]any)
		author := item["author"].(map[string]any)
		if item["@type"] != "Claim" || author["name"] != "China" || author["@type"] != "Organization" || item["datePublished"] != "2022-09-08" {
			t.Errorf("itemReviewed %v", item)
		}
		first := item["firstAppearance"].(map[string]any)
		if first["url"] != "https://example.org/a" || len(item["appearance"].([]any)) != 1 {
			t.Errorf("appearances %v", item)
		}
		if r["author"] == nil || r["datePublished"] == "" {
			t.Errorf("author or datePublished missing: %v", r)
		}
	}
	if got := reviews[0]["reviewRating"].(map[string]any); got["ratingValue"] != 2.0 || got["alternateName"] != "Misleading" {
		t.Errorf("misleading rated %v", got)
	}
}

func TestMarkdownFootnotesRenderAsFootnotes(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "markdown")
	var html bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.Footnote)).Convert([]byte(out), &html); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(&html)
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Find("a.footnote-ref").Length(); n != 7 {
		t.Errorf("%d footnote references, want 7 (one per citation of the demo)", n)
	}
	if n := doc.Find(".footnotes li").Length(); n != 7 {
		t.Errorf("%d footnotes, want 7", n)
	}
	if got := doc.Find("h3").First().Text(); got != "Aug 2022" {
		t.Errorf("first month heading %q, want Aug 2022", got)
	}
	if !strings.Contains(doc.Find(".footnotes").Text(), "“groundless blame”") {
		t.Error("the footnotes do not quote the passages")
	}
}

func TestMarkdownKeepsTextLiteral(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	tl := formatstest.DatedTimeline(t, store, "*not bold* [^9] <b>x</b> # 1.", "2022-09-08")
	var html bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.Footnote)).Convert([]byte(formatstest.ExportString(t, store, tl, "markdown")), &html); err != nil {
		t.Fatal(err)
	}
	got := html.String()
	if strings.Contains(got, "<em>not bold") || strings.Contains(got, "<b>") || !strings.Contains(got, "*not bold* [^9] &lt;b&gt;x&lt;/b&gt; # 1.") {
		t.Errorf("user text became markup:\n%s", got)
	}
}

func TestHTMLAndSVGEscapeText(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	tl := formatstest.DatedTimeline(t, store, `<script>alert("x")</script> & co`, "2022-09-08")
	for _, format := range []string{"html", "svg"} {
		out := formatstest.ExportString(t, store, tl, format)
		if strings.Contains(out, "<script>") || !strings.Contains(out, "&lt;script&gt;") {
			t.Errorf("%s does not escape text:\n%s", format, out)
		}
	}
}

func TestStandaloneHTMLShowsEveryEntryOffline(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "html")
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Find("article.entry").Length(); n != 7 {
		t.Errorf("%d entries, want the demo's 7", n)
	}
	if n := doc.Find("script, link, img, iframe").Length(); n != 0 {
		t.Errorf("%d elements that load something; the file must read offline", n)
	}
	if doc.Find("#claim-2").Length() != 1 {
		t.Error("entries lack their permalink anchors")
	}
}

func TestCSLListsTheSources(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "csl")
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("%d items, want the demo's 2 sources", len(items))
	}
	article := items[0]
	if article["type"] != "article-newspaper" || article["container-title"] != "NZ Herald" ||
		marshal(t, article["issued"]) != `{"date-parts":[[2022,9,10]]}` || marshal(t, article["author"]) != `[{"literal":"Associated Press"}]` {
		t.Errorf("article %v", article)
	}
}

// TestSVGStaysWellFormedWithNoncharacters exports a claim and an event whose
// text holds U+FFFE and U+FFFF, written straight into the tables as text saved
// before the model refused them was: the SVG still parses as XML, and the
// model now refuses to save them.
func TestSVGStaysWellFormedWithNoncharacters(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	tl := formatstest.DatedTimeline(t, store, "Talks", "2022-09-08")
	db, err := store.DB()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE events SET title = 'Talks \uFFFEended\uFFFF here'"); err != nil {
		t.Fatal(err)
	}
	out := formatstest.ExportString(t, store, tl, "svg")
	dec := xml.NewDecoder(strings.NewReader(out))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
	if !strings.Contains(out, "Talks ended here") {
		t.Errorf("the text around the noncharacters is lost:\n%s", out)
	}
	var fe models.FieldErrors
	c := &models.Claim{Text: "Said \uFFFF"}
	if err := store.SaveClaim(models.AsSystem(t.Context()), c); !errors.As(err, &fe) || fe["text"] == "" {
		t.Errorf("a claim holding U+FFFF was saved: %v", err)
	}
}

// TestSVGStaysWellFormedWithControlCharacters exports text stored before
// control characters were refused (written here straight into the table):
// the SVG still parses as XML.
func TestSVGStaysWellFormedWithControlCharacters(t *testing.T) {
	storage.SkipOn(t, storage.Postgres, "writes NUL and invalid UTF-8 straight into a table, which PostgreSQL's text refuses")
	store := storage.NewTestStore(t, nil)
	tl := formatstest.DatedTimeline(t, store, "Talks", "2022-09-08")
	db, err := store.DB()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE events SET title = ?", "Talks\x00 end\x01ed \x1b[31m and \xff bytes"); err != nil {
		t.Fatal(err)
	}
	out := formatstest.ExportString(t, store, tl, "svg")
	dec := xml.NewDecoder(strings.NewReader(out))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, out)
		}
	}
	if !strings.Contains(out, "Talks ended [31m and") {
		t.Errorf("the text around the control characters is lost:\n%s", out)
	}
}
