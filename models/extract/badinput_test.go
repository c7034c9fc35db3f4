package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factline/factline/models/extract/dates"
	"github.com/factline/factline/models/extract/quotes"
)

func TestEmptyAndDateless(t *testing.T) {
	if got := dates.Dates("", published); len(got) != 0 {
		t.Errorf("empty text: %+v", got)
	}
	if got := dates.Dates("The committee met and nothing was decided about the ferry.", published); len(got) != 0 {
		t.Errorf("text without dates: %+v", got)
	}
	if got := quotes.Quotes("", nil); len(got) != 0 {
		t.Errorf("empty text: quotes %+v", got)
	}
}

func TestMissingPublicationDate(t *testing.T) {
	for _, d := range dates.Dates("The pier closed last week, on August 31, 2022.", "") {
		switch d.Text {
		case "last week":
			if d.Resolved || d.Value != "" {
				t.Errorf("last week without a publication date: %+v", d)
			}
		case "August 31, 2022":
			if !d.Resolved || d.Value != "2022-08-31" {
				t.Errorf("an absolute date needs no publication date: %+v", d)
			}
		default:
			t.Errorf("unexpected %+v", d)
		}
	}
	if got := dates.Dates("The pier closed last week.", "not a date"); len(got) != 1 || got[0].Resolved {
		t.Errorf("unreadable publication date: %+v", got)
	}
}

// TestJunk feeds binary junk and invalid UTF-8: no panic, spans in bounds.
func TestJunk(t *testing.T) {
	junk := []string{
		"\xff\xfe\x00\x01 On Thursday \xc3\x28 the 1990s \xe2\x82",
		string([]byte{0, 1, 2, 3, 200, 201, 255, '"', 'a', '"', '\n', '\n', '"'}),
		strings.Repeat("\"", 1000) + strings.Repeat("« » „ “ ” ``''", 100),
		"' '' 2k '9 '99s 12:99 p.m. 0/0/0 9999-99-99 the the the",
	}
	for _, s := range junk {
		checkSpans(t, s, dates.Dates(s, published))
		for _, q := range quotes.Quotes(s, testActors) {
			if q.Start < 0 || q.End > utf8.RuneCountInString(s) || q.Start > q.End {
				t.Errorf("%q: quote span %d-%d out of bounds", s, q.Start, q.End)
			}
		}
	}
}

func checkSpans(t *testing.T, text string, ds []dates.Timex) {
	t.Helper()
	n, last := utf8.RuneCountInString(text), 0
	for _, d := range ds {
		if d.Start < last || d.End <= d.Start || d.End > n {
			t.Fatalf("%q: span %d-%d out of bounds or overlapping (after %d, length %d)", text, d.Start, d.End, last, n)
		}
		last = d.End
	}
}

// TestLargeText runs 10 MB of text through both finders and checks that every
// repetition is found; how fast is BenchmarkDates' business, not a test's.
func TestLargeText(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB text")
	}
	para := "On Thursday the port authority said it would close the north pier for two weeks starting Monday. " +
		"\"We have no choice,\" Li Chen told reporters. Prices rose 4% in the third quarter from a year earlier.\n\n"
	text := strings.Repeat(para, 10<<20/len(para))
	ds := dates.Dates(text, published)
	qs := quotes.Quotes(text, testActors)
	if len(ds) < 5*(10<<20/len(para)) || len(qs) < 10<<20/len(para) {
		t.Errorf("10 MB: %d dates, %d quotes", len(ds), len(qs))
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{"On Thursday, Aug. 31, 2022 at 2 p.m.", "the past three months", "\xff'22 2k22", "\"a,\" he said", "— a,\n— b — dit X « c ? — d »"} {
		f.Add(s, published)
	}
	f.Add("last week", "")
	f.Fuzz(func(t *testing.T, text, pub string) {
		checkSpans(t, text, dates.Dates(text, pub))
		for _, lang := range dates.Languages() {
			quotes.QuotesIn(lang, text, testActors)
		}
	})
}

// BenchmarkDates measures each language on a text of its own (MB/s).
func BenchmarkDates(b *testing.B) {
	paras := map[string]string{
		"en": "On Thursday the port authority said it would close the north pier for two weeks starting Monday. " +
			"Traffic fell 4% in the third quarter from a year earlier, and the company expects a recovery early next year. " +
			"The committee, which met in Rotterdam and heard from residents and shipping firms, made no decision.\n\n",
		"de": "Am Donnerstag teilte die Hafenbehörde mit, sie werde den Nordpier ab Montag für zwei Wochen schließen. " +
			"Der Verkehr ging im dritten Quartal gegenüber dem Vorjahr um 4 Prozent zurück, und die Firma erwartet Anfang nächsten Jahres eine Erholung. " +
			"Der Ausschuss, der in Rotterdam tagte und Anwohner und Reedereien anhörte, traf keine Entscheidung.\n\n",
		"fr": "Jeudi, l'autorité portuaire a annoncé qu'elle fermerait la jetée nord pendant deux semaines à partir de lundi. " +
			"Le trafic a baissé de 4 % au troisième trimestre par rapport à l'an dernier, et la société attend une reprise début 2023. " +
			"Le comité, qui s'est réuni à Rotterdam et a entendu les riverains et les armateurs, n'a rien décidé.\n\n",
		"pt": "Na quinta-feira, a autoridade portuária disse que fecharia o cais norte durante duas semanas a partir de segunda-feira. " +
			"O tráfego caiu 4% no terceiro trimestre em relação ao ano passado, e a empresa espera uma recuperação no início do próximo ano. " +
			"O comité, que se reuniu em Roterdão e ouviu moradores e armadores, não tomou nenhuma decisão.\n\n",
	}
	for _, lang := range dates.Languages() {
		text := strings.Repeat(paras[lang], 2000)
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				dates.DatesIn(lang, text, published)
			}
		})
	}
}

func BenchmarkQuotes(b *testing.B) {
	para := "Mayor Ana Ruiz said on Thursday that the north pier would close. \"We have no choice,\" she told reporters. " +
		"Tom Berger, who runs the ferry, called the decision \"a disaster\" for the town. \"Nobody asked us,\" Berger said.\n\n" +
		"\"The boats will wait,\" according to a spokeswoman for the Harbour Authority, which met in Rotterdam.\n\n"
	text := strings.Repeat(para, 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		quotes.Quotes(text, testActors)
	}
}
