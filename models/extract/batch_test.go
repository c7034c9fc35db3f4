package extract

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/factline/factline/models/extract/dates"
	"github.com/factline/factline/models/extract/quotes"
)

// published is the publication date the texts of these tests are read against.
const published = "2022-09-10"

// testActors are the known actors of the quotation tests of package quotes.
var testActors = []quotes.Actor{
	{ID: 1, Name: "Li Chen", Aliases: []string{"Minister Chen"}, Kind: "person"},
	{ID: 2, Name: "Maria Okafor", Kind: "person"},
	{ID: 3, Name: "Tom Berger", Kind: "person"},
	{ID: 4, Name: "Anna Berger", Kind: "person"},
	{ID: 5, Name: "Harbour Authority", Aliases: []string{"the Authority"}, Kind: "organisation"},
	{ID: 6, Name: "Ministry of Finance", Kind: "organisation"},
}

func TestBatch(t *testing.T) {
	in := `{"id": "a", "published": "2022-09-10", "text": "Ferries stopped last week."}` + "\n" +
		`{"id": "b", "published": "2022-09-10", "text": "No dates here."}` + "\n"
	var out bytes.Buffer
	if err := Batch(strings.NewReader(in), &out, ""); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 answers, got %q", out.String())
	}
	var a batchAnswer
	if err := json.Unmarshal([]byte(lines[0]), &a); err != nil {
		t.Fatal(err)
	}
	want := batchTimex{Start: 16, End: 25, Text: "last week", Type: "DATE", Value: "2022-W35"}
	if a.ID != "a" || len(a.Timexes) != 1 || a.Timexes[0] != want {
		t.Errorf("answer %+v, want one %+v", a, want)
	}
	if lines[1] != `{"id":"b","timexes":[]}` {
		t.Errorf("empty answer %q", lines[1])
	}
	if err := Batch(strings.NewReader("{not json"), &out, ""); err == nil {
		t.Error("bad input gave no error")
	}
}

func TestWriteTable(t *testing.T) {
	text := `"We will reopen the pier on Thursday," Li Chen said last week.`
	var out bytes.Buffer
	if err := WriteTable(&out, dates.Dates(text, published), quotes.Quotes(text, testActors)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Thursday", "2022-09-15", "last week", "2022-W35", "Li Chen", "said", "We will reopen the pier"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

// checkBatch runs one document through Batch and wants value among its answers.
func checkBatch(t *testing.T, doc, lang, value string) {
	t.Helper()
	var out bytes.Buffer
	if err := Batch(strings.NewReader(doc+"\n"), &out, lang); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"value":"`+value+`"`) {
		t.Errorf("%s (lang %q): answer %s lacks %s", doc, lang, out.String(), value)
	}
}

// TestBatchReadsALanguageNotGiven reads a document without "lang" in the
// language its words tell.
func TestBatchReadsALanguageNotGiven(t *testing.T) {
	checkBatch(t, `{"id": "a", "published": "1999-05-19", "text": "Le conseil s'est réuni mardi et a voté le budget de l'an prochain."}`, "", "1999-05-18")
	checkBatch(t, `{"id": "a", "published": "1999-05-19", "text": "Ontem o conselho votou."}`, "pt", "1999-05-18")
}
