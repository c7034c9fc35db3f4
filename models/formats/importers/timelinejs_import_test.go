package importers_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/formats"
	"github.com/factline/factline/models/formats/formatstest"
	"github.com/factline/factline/models/formats/importers"
	"github.com/factline/factline/models/storage"
)

// readTJS reads a TimelineJS file written for the test, failing on a refusal.
func readTJS(t *testing.T, text string, opt importers.Options) *formats.Document {
	t.Helper()
	doc, format, err := importers.ReadWith(strings.NewReader(text), "t.json", opt)
	if err != nil {
		t.Fatalf("the file was refused: %v", err)
	}
	if format != importers.ImportTimelineJS {
		t.Fatalf("read as %s", format)
	}
	return doc
}

// kept finds what the document lists as kept for field; nil when nothing.
func kept(doc *formats.Document, field string) *formats.Kept {
	for i := range doc.Kept {
		if doc.Kept[i].Field == field {
			return &doc.Kept[i]
		}
	}
	return nil
}

func TestTimelineJSDatesAsTimelineJSReadsThem(t *testing.T) {
	doc := readTJS(t, `{"title":{"text":{"headline":"Dates"}},"events":[
		{"start_date":{"year":"-3500"},"text":{"headline":"BCE"}},
		{"start_date":{"year":-13800000000},"text":{"headline":"Big Bang"}},
		{"start_date":{"year":"-538800000"},"end_date":{"year":"-251902000"},"text":{"headline":"Paleozoic"}},
		{"start_date":{"year":"2000","month":"01","day":"05","hour":"6","minute":"45","second":"56","millisecond":"","format":""},"text":{"headline":"Clock"}},
		{"start_date":{"year":1908,"month":5,"day":13},"end_date":{"year":"","month":"","day":""},"text":{"headline":"Numbers"}},
		{"start_date":{"year":"2011","month":"11","day":"16"},"end_date":{"year":"2011","month":"11","day":"16"},"text":{"headline":"Same day"}},
		{"start_date":{"year":"602"},"text":{"headline":"Early"}},
		{"start_date":{"year":"2017","month":"9","day":"13"},"display_date":"13 сентября","text":{"headline":"Shown"}}]}`, importers.Options{})
	want := []struct{ edtf, display string }{
		{"-3499", "3500 BCE"}, {"Y-13799999999", "13,800,000,000 BCE"}, {"Y-538799999/Y-251901999", "538,800,000 BCE – 251,902,000 BCE"},
		{"2000-01-05T06:45:56", "5 Jan 2000, 06:45:56"}, {"1908-05-13", "13 May 1908"}, {"2011-11-16", "16 Nov 2011"},
		{"0602", "602"}, {"2017-09-13", "13 Sep 2017"},
	}
	if len(doc.Entries) != len(want) {
		t.Fatalf("%d entries, want %d", len(doc.Entries), len(want))
	}
	for i, w := range want {
		e := doc.Entries[i]
		if e.Date != w.edtf || edtf.MustParse(e.Date).Display() != w.display {
			t.Errorf("%s: date %s shown %q, want %s shown %q", e.Title, e.Date, edtf.MustParse(e.Date).Display(), w.edtf, w.display)
		}
	}
	if got := doc.Entries[7].DisplayDate; got != "13 сентября" {
		t.Errorf("the author's display_date became %q", got)
	}
}

func TestTimelineJSSlidesTimelineJSTakesAreNeverRefused(t *testing.T) {
	doc := readTJS(t, `{"title":{"text":{"headline":["Array","title"]}},"scale":"cosmological","events":[
		{"start_date":{"year":"1900"},"text":{"text":"<p>No headline, but a text that says what happened.</p>"}},
		{"start_date":{"year":"1901"}},
		{"start_date":{"year":""},"text":{"headline":"No year"}},
		{"start_date":{"year":"twenty"},"text":{"headline":"Words"}},
		{"start_date":{"year":"1902"},"text":{"headline":"Fine"},"group":7,"unique_id":"slide-one","background":{"color":"#F45B69"},
		 "location":{"lat":39.4,"lon":-91.7}}]}`, importers.Options{})
	if doc.Timeline.Title != "Array title" {
		t.Errorf("a title given as a list became %q", doc.Timeline.Title)
	}
	if len(doc.Entries) != 5 {
		t.Fatalf("%d entries, want every one of the 5 slides", len(doc.Entries))
	}
	if got := doc.Entries[0].Title; got != "No headline, but a text that says what happened." {
		t.Errorf("a slide without a headline is titled %q, want its text", got)
	}
	if got := doc.Entries[1].Title; got != "1901" {
		t.Errorf("a slide with neither headline nor text is titled %q, want its date", got)
	}
	for _, i := range []int{2, 3} {
		if e := doc.Entries[i]; e.Date != "" || !strings.Contains(e.Note, "start_date") {
			t.Errorf("%s: date %q, note %q; want it undated, its start_date kept in the note", e.Title, e.Date, e.Note)
		}
	}
	fine := doc.Entries[4]
	if fine.Lane != "7" {
		t.Errorf("a group given as a number became lane %q", fine.Lane)
	}
	for _, want := range []string{`unique_id: slide-one`, `background: {"color":"#F45B69"}`, `location: {"lat":39.4,"lon":-91.7}`} {
		if !strings.Contains(fine.Note, want) {
			t.Errorf("the note %q does not keep %s", fine.Note, want)
		}
	}
	for _, field := range []string{"text.headline", "start_date", "background", "location", "unique_id", "scale"} {
		if kept(doc, field) == nil {
			t.Errorf("the preview's list does not name %s: %+v", field, doc.Kept)
		}
	}
	for _, k := range doc.Kept {
		for _, leak := range []string{"formats.", "struct", "json:", "[]interface"} {
			if strings.Contains(k.What, leak) {
				t.Errorf("%s: %q speaks Go (%s)", k.Field, k.What, leak)
			}
		}
	}
}

func TestTimelineJSMediaKeptPerEntry(t *testing.T) {
	text := `{"title":{"text":{"headline":"Media"}},"events":[
		{"start_date":{"year":"1900"},"text":{"headline":"Relative"},"media":{"url":"./media/x.jpg","caption":"A <em>local</em> image","credit":"Archive"}},
		{"start_date":{"year":"1901"},"text":{"headline":"Protocol-relative"},"media":{"url":"//farm8.example/y.jpg","thumbnail":"/static/img/y.jpg"}},
		{"start_date":{"year":"1902"},"text":{"headline":"Quote"},"media":{"url":"<blockquote onclick=\"x()\">No demand. <cite>Edith Clarke</cite></blockquote>"}},
		{"start_date":{"year":"1903"},"text":{"headline":"Shared one"},"media":{"url":"https://example.org/same","caption":"First caption"}},
		{"start_date":{"year":"1904"},"text":{"headline":"Shared two"},"media":{"url":"https://example.org/same","caption":"Second caption","credit":"<a href=\"https://example.org/who\">Who</a>"}}]}`
	doc := readTJS(t, text, importers.Options{})
	m := doc.Entries[0].Media
	if m == nil || m.URL != "./media/x.jpg" || m.Caption != "A <em>local</em> image" || m.Credit != "Archive" {
		t.Errorf("relative media: %+v", m)
	}
	if len(doc.Entries[0].Citations) != 0 {
		t.Error("a relative media URL was cited as a source, which needs a web address")
	}
	if m := doc.Entries[1].Media; m == nil || m.URL != "https://farm8.example/y.jpg" || m.Thumbnail != "/static/img/y.jpg" {
		t.Errorf("protocol-relative media: %+v", m)
	}
	if m := doc.Entries[2].Media; m == nil || m.URL != "<blockquote>No demand. <cite>Edith Clarke</cite></blockquote>" {
		t.Errorf("quotation media: %+v", m)
	}
	if a, b := doc.Entries[3].Media, doc.Entries[4].Media; a.Caption != "First caption" || b.Caption != "Second caption" ||
		b.Credit != `<a href="https://example.org/who">Who</a>` {
		t.Errorf("two slides sharing a media URL keep their own captions and credit: %+v, %+v", a, b)
	}
	if len(doc.Sources) != 2 {
		t.Errorf("%d sources, want one for each web address", len(doc.Sources))
	}
	listed := 0
	for _, k := range doc.Kept {
		if k.Field == "media.url" {
			listed += k.Count
		}
	}
	if listed != 3 {
		t.Errorf("%d media URLs listed, want the relative, protocol-relative and quotation ones: %+v", listed, doc.Kept)
	}

	base, _ := url.Parse("https://example.org/timeline/")
	doc = readTJS(t, text, importers.Options{BaseURL: base})
	if m := doc.Entries[0].Media; m.URL != "https://example.org/timeline/media/x.jpg" || len(doc.Entries[0].Citations) != 1 {
		t.Errorf("with a base URL the relative media became %q, cited %d times", m.URL, len(doc.Entries[0].Citations))
	}
	if m := doc.Entries[1].Media; m.Thumbnail != "https://example.org/static/img/y.jpg" {
		t.Errorf("with a base URL the thumbnail became %q", m.Thumbnail)
	}
}

func TestHTMLTextIsSanitisedWithItsLinks(t *testing.T) {
	doc := readTJS(t, `{"title":{"text":{"headline":"HTML"}},"events":[{"start_date":{"year":"1815"},"text":{"headline":"Ada",
		"text":"<p class=\"lead\">Take <a href=\"https://en.wikipedia.org/wiki/Ada_Lovelace\" onclick=\"x()\">Ada</a>.</p><script>alert(1)</script><a href=\"javascript:alert(1)\">bad</a>"}}]}`, importers.Options{})
	got := doc.Entries[0].Description
	if !strings.Contains(got, `<a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada</a>`) {
		t.Errorf("the link was lost: %q", got)
	}
	for _, bad := range []string{"script", "javascript", "onclick", "class="} {
		if strings.Contains(got, bad) {
			t.Errorf("%q kept %s", got, bad)
		}
	}
	csv := "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n" +
		`1815,12,10,,,,,,,Ada,"<p>Take <a href=""https://en.wikipedia.org/wiki/Ada_Lovelace"">Ada</a><script>x</script></p>",https://example.org/ada.jpg,"<a href=""https://commons.example"">Commons</a>",A portrait,https://example.org/t.jpg,,,#fff` + "\n" +
		`600,,,,650,,,,,The era,,,,,,era,,` + "\n" +
		`1948,3,14,14:30,,,,,,,"Text only, no headline",<blockquote>No demand.</blockquote>,,,,,,` + "\n"
	doc, _, err := importers.Read(strings.NewReader(csv), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	e := doc.Entries[0]
	if e.Description != `<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada</a></p>` {
		t.Errorf("CSV HTML text became %q", e.Description)
	}
	if e.Media == nil || e.Media.Credit != `<a href="https://commons.example">Commons</a>` || e.Media.Caption != "A portrait" ||
		e.Media.Thumbnail != "https://example.org/t.jpg" {
		t.Errorf("CSV media: %+v", e.Media)
	}
	if !strings.Contains(e.Note, "Background: #fff") {
		t.Errorf("the Background cell is not kept in the note: %q", e.Note)
	}
	if len(doc.Eras) != 1 || doc.Eras[0] != (formats.DocEra{Title: "The era", Period: "0600/0650"}) {
		t.Errorf("eras: %+v", doc.Eras)
	}
	if e := doc.Entries[1]; e.Date != "1948-03-14T14:30" || e.Title != "Text only, no headline" || e.Media.URL != "<blockquote>No demand.</blockquote>" {
		t.Errorf("the row with a time, no headline and a quotation: %+v", e)
	}
}

// The preview's plan runs the checks the import runs: what the store would
// refuse on confirm is refused by NewPlan, named by the file's entry and field.
func TestPlanRefusesWhatApplyWouldRefuse(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	doc, format, err := importers.Read(strings.NewReader(`{"format":"factline","format_version":1,"timeline":{"title":"x"},"actors":[],
		"sources":[{"id":1,"kind":"article","title":"s","text":"what the source says"}],
		"entries":[{"kind":"event","id":1,"title":"e","date":"2022","citations":[{"source_id":1,"quote":"not there"}]}]}`), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = formats.NewPlan(t.Context(), store, doc, format, "")
	ps, ok := err.(formats.Problems)
	if !ok {
		t.Fatalf("NewPlan = %v, want the problems Apply would meet", err)
	}
	wantProblem(t, ps, "entry 1", "quote", "not in the source's text")
}

func TestErasImportAndExportBack(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	doc := readTJS(t, `{"title":{"text":{"headline":"Eras"}},"events":[{"start_date":{"year":"610"},"text":{"headline":"e"}}],
		"eras":[{"start_date":{"year":"600"},"end_date":{"year":"650"},"text":{"headline":"First half"}},
		{"start_date":{"year":"-44"},"end_date":{"year":"14"},"text":{"headline":"Augustus"}}]}`, importers.Options{})
	plan, err := formats.NewPlan(t.Context(), store, doc, importers.ImportTimelineJS, "")
	if err != nil {
		t.Fatal(err)
	}
	tl, err := plan.Apply(t.Context(), store, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	eras, err := store.ErasOf(t.Context(), tl.ID)
	if err != nil || len(eras) != 2 || eras[0].Title != "Augustus" || eras[0].Period.Display() != "44 BCE – 14 CE" {
		t.Fatalf("eras %+v, %v", eras, err)
	}
	out := formatstest.ExportString(t, store, tl, "timelinejs")
	for _, want := range []string{`{"start_date":{"year":-44},"end_date":{"year":14},"text":{"headline":"Augustus"}}`, `"headline":"First half"`} {
		if !strings.Contains(out, want) {
			t.Errorf("the TimelineJS export lacks %s: %s", want, out)
		}
	}
	back, _, err := importers.Read(strings.NewReader(formatstest.ExportString(t, store, tl, "csv")), "eras.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Eras) != 2 || back.Eras[0] != (formats.DocEra{Title: "Augustus", Period: "-0043/0014"}) || len(back.Entries) != 1 {
		t.Errorf("the CSV export's eras read back as %+v with %d entries", back.Eras, len(back.Entries))
	}
}

// What a TimelineJS import keeps on its entries goes out with the CSV export
// and comes back with its import: media, credit, display date, a BCE year.
func TestImportedExtrasRoundTripThroughCSV(t *testing.T) {
	store := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(t.Context())
	doc := readTJS(t, `{"title":{"text":{"headline":"Extras"}},"events":[
		{"start_date":{"year":"-44","month":"3","day":"15"},"display_date":"the Ides of March","text":{"headline":"Caesar"},
		 "media":{"url":"./ides.jpg","caption":"The Ides","credit":"<a href=\"https://example.org/who\">Who</a>","thumbnail":"./t.jpg"}}]}`, importers.Options{})
	plan, err := formats.NewPlan(ctx, store, doc, importers.ImportTimelineJS, "extras")
	if err != nil {
		t.Fatal(err)
	}
	tl, err := plan.Apply(ctx, store, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := formatstest.ExportString(t, store, tl, "csv")
	if !strings.Contains(out, "-44,3,15,") {
		t.Errorf("the CSV export does not give TimelineJS's year -44: %s", out)
	}
	back, _, err := importers.Read(strings.NewReader(out), "extras.csv")
	if err != nil {
		t.Fatal(err)
	}
	e := back.Entries[0]
	if e.Date != "-0043-03-15" || e.DisplayDate != "the Ides of March" || e.Media == nil ||
		*e.Media != (formats.DocMedia{URL: "./ides.jpg", Caption: "The Ides", Credit: `<a href="https://example.org/who">Who</a>`, Thumbnail: "./t.jpg"}) {
		t.Errorf("back from CSV: %s %q %+v", e.Date, e.DisplayDate, e.Media)
	}
}

// factline's own CSV gives the first cited source in the Media columns when an
// entry has no media of its own; reading it back does not make it media.
func TestOwnCSVMediaColumnsStayASource(t *testing.T) {
	out, _ := formatstest.ExportDemo(t, "csv")
	doc, _, err := importers.Read(strings.NewReader(out), "demo.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entries {
		if e.Media != nil {
			t.Errorf("%s: the cited source became media %+v", e.Title, e.Media)
		}
	}
}
