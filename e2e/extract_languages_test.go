package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestReaderPrefillsInTheSourcesLanguage pastes a French, a German and a
// Portuguese source (sentences written for this test, published on Wednesday
// 13 Mar 2024) and selects in the reader a passage from its relative date to
// its quotation: the source's language was found from its text, and the claim
// form opens with the quotation's speaker and the date resolved in that
// language against the publication date ("Mardi", "Am Dienstag", "Na
// terça-feira": Tuesday 12 Mar 2024).
func TestReaderPrefillsInTheSourcesLanguage(t *testing.T) {
	a := startApp(t)
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	for _, c := range []struct {
		lang, title, text, date, quoteEnd, speaker string
	}{
		{"fr", "Le pont fermé au printemps",
			"Le conseil municipal a voté le plan de circulation.\n\n" +
				"Mardi, l'adjointe aux transports a présenté les travaux. « Nous fermerons le pont pendant trois semaines », a déclaré Claire Dumas.",
			"Mardi", "trois semaines", "Claire Dumas"},
		{"de", "Die Brücke wird gesperrt",
			"Der Stadtrat hat den neuen Verkehrsplan beschlossen.\n\n" +
				"Am Dienstag stellte die Verkehrsdezernentin die Bauarbeiten vor. „Wir sperren die Brücke für drei Wochen“, sagte Jonas Weber.",
			"Dienstag", "drei Wochen", "Jonas Weber"},
		{"pt", "A ponte fecha na primavera",
			"A câmara municipal aprovou o novo plano de trânsito.\n\n" +
				"Na terça-feira, a vereadora dos transportes apresentou as obras. «Vamos fechar a ponte durante três semanas», disse Ana Ribeiro.",
			"terça-feira", "três semanas", "Ana Ribeiro"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			do(t, ctx, "paste the source",
				chromedp.Navigate(a.url+"/sources/new"),
				chromedp.SendKeys(chromedp.CSS(`[data-testid="source-form"] input[name="title"]`), c.title),
				chromedp.SendKeys(chromedp.CSS(`[data-testid="source-form"] input[name="published"]`), "13 Mar 2024"),
				chromedp.SetValue(chromedp.CSS(`[data-testid="source-form"] textarea[name="text"]`), c.text),
				chromedp.Click(chromedp.CSS(`[data-testid="source-form"] button[type="submit"]`)),
				chromedp.WaitVisible(chromedp.CSS(`[data-testid="read-link"]`)),
				chromedp.Click(chromedp.CSS(`[data-testid="read-link"]`)),
				chromedp.WaitVisible(chromedp.CSS(`[data-testid="proposals"]`)),
			)
			if got := sourceLanguage(t, a, c.title); got != c.lang {
				t.Errorf("the source's language is %q, want %q", got, c.lang)
			}
			if got := eval[string](t, ctx, `document.querySelector('[data-testid="prop-quote"]').dataset.label`); got != c.speaker {
				t.Errorf("the quote is marked with %q", got)
			}
			from, to := eval[[]float64](t, ctx, passageBox(c.date)), eval[[]float64](t, ctx, passageBox(c.quoteEnd))
			do(t, ctx, "select from the date to the quotation and cite it as a claim",
				chromedp.DragAndDropXY(from[0], from[1], to[2], to[3]),
				waitFor(`document.getElementById("cite-status").textContent.startsWith("Selected:")`),
				chromedp.Click(chromedp.CSS(`#cite-bar button[value="claim"]`)),
				chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-form"] input[name="speaker"]`)),
			)
			field := func(name string) string {
				return eval[string](t, ctx, fmt.Sprintf(`document.querySelector('[data-testid="cite-form"] [name=%q]').value`, name))
			}
			if got := field("speaker"); got != c.speaker {
				t.Errorf("speaker prefilled %q, want %q", got, c.speaker)
			}
			if got := field("said_on"); got != "12 Mar 2024" {
				t.Errorf("date prefilled %q, want 12 Mar 2024", got)
			}
			want := fmt.Sprintf("12 Mar 2024 — from “%s”, relative to the publication date 13 Mar 2024", c.date)
			if got := textOf(t, ctx, `[data-testid="note-said_on"]`); !strings.Contains(got, want) {
				t.Errorf("the date's note reads %q, want %q", got, want)
			}
		})
	}
}

// sourceLanguage is the language stored for the source titled title.
func sourceLanguage(t *testing.T, a *app, title string) string {
	t.Helper()
	srcs, err := a.store.ListSources(t.Context(), 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if s.Title == title {
			return s.Language
		}
	}
	t.Fatalf("no source %q", title)
	return ""
}
