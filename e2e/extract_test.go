package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// TestReaderProposalToConfirmedClaim follows the extraction assist in the
// reader: the text shows a quote with its proposed speaker; accepting it opens
// the claim form filled in; a relative date typed by the researcher is resolved
// against the publication date and shown for confirmation; confirming saves the
// claim with its anchored citation and the confirmed date.
func TestReaderProposalToConfirmedClaim(t *testing.T) {
	a := startApp(t)
	ctx := newBrowser(t)
	chen := &models.Actor{Kind: models.Person, Name: "Chen Xu"}
	if err := a.store.SaveActor(t.Context(), chen); err != nil {
		t.Fatal(err)
	}
	src := &models.Source{Kind: "article", Title: "Geneva briefing", Published: edtf.MustParse("2022-09-10"),
		Text: "The assessment was published on August 31.\n\n\"It offers nothing but groundless blame,\" Chen Xu told reporters on Thursday."}
	if err := a.store.SaveSource(t.Context(), src); err != nil {
		t.Fatal(err)
	}
	signIn(t, ctx, a)
	do(t, ctx, "open the reader",
		chromedp.Navigate(fmt.Sprintf("%s/sources/%d/read", a.url, src.ID)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="proposals"]`)),
	)
	if got := eval[string](t, ctx, `document.querySelector('[data-testid="prop-quote"]').dataset.label`); got != "Chen Xu" {
		t.Fatalf("the quote is marked with %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector('[data-testid="prop-date"]').dataset.label`); got != "31 Aug 2022" {
		t.Errorf("the first date is marked with %q", got)
	}
	do(t, ctx, "accept the quote",
		chromedp.Click(chromedp.CSS(`[data-testid="proposal"]:has(q) [data-testid="accept"][href*="as=claim"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-form"] input[name="speaker"]`)),
	)
	if got := eval[string](t, ctx, `document.querySelector('[data-testid="cite-form"] input[name="speaker"]').value`); got != "Chen Xu" {
		t.Errorf("speaker prefilled %q", got)
	}
	do(t, ctx, "type a relative date and save",
		chromedp.SetValue(chromedp.CSS(`[data-testid="cite-form"] input[name="said_on"]`), "on Thursday"),
		chromedp.Click(chromedp.CSS(`[data-testid="cite-form"] button[type="submit"]`)),
		// The form shows a note from its prefill ("by 10 Sep 2022") before
		// the answer to this save replaces it: wait for the answer's.
		waitFor(`document.querySelector('[data-testid="note-said_on"]')?.textContent.includes("on Thursday")`),
	)
	if got := textOf(t, ctx, `[data-testid="note-said_on"]`); !strings.Contains(got, "8 Sep 2022 — from “on Thursday”, relative to the publication date 10 Sep 2022") {
		t.Errorf("the resolution reads %q", got)
	}
	if n := len(claims(t, a)); n != 0 {
		t.Fatalf("%d claims saved before the date was confirmed", n)
	}
	do(t, ctx, "confirm",
		chromedp.Click(chromedp.CSS(`[data-testid="cite-form"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-saved"]`)),
	)
	saved := claims(t, a)
	if len(saved) != 1 || saved[0].SaidOn.String() != "2022-09-08" || saved[0].Speaker == nil || saved[0].Speaker.Name != "Chen Xu" {
		t.Fatalf("saved claims %+v", saved)
	}
	cits, err := a.store.CitationsOf(t.Context(), []models.Ref{{Kind: models.KindClaim, ID: saved[0].ID}})
	if err != nil || len(cits) != 1 || cits[0].Quote != "It offers nothing but groundless blame," || cits[0].StartOffset == nil {
		t.Fatalf("citation %+v, %v", cits, err)
	}
	if got := textOf(t, ctx, "mark.cited"); got != "It offers nothing but groundless blame," {
		t.Errorf("highlighted %q", got)
	}
}

func claims(t *testing.T, a *app) []models.Claim {
	t.Helper()
	out, err := a.store.ListClaims(models.AsSystem(t.Context()), 10)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSelectionPrefillsSpeakerAndDate selects, with the mouse, a passage that
// holds a detected quotation and a relative date: the claim form opens with the
// quoted words marked verbatim, the speaker and the date resolved against the
// publication date, with the phrase it came from; editing the words clears
// "verbatim" until the researcher ticks it again.
func TestSelectionPrefillsSpeakerAndDate(t *testing.T) {
	a := startApp(t)
	ctx := newBrowser(t)
	src := &models.Source{Kind: "article", Title: "Harbour council", Published: edtf.MustParse("2022-09-10"),
		Text: "The harbour stayed shut all summer.\n\nOn Thursday Maria Okafor told the council: \"We will reopen the pier in spring.\""}
	if err := a.store.SaveSource(t.Context(), src); err != nil {
		t.Fatal(err)
	}
	signIn(t, ctx, a)
	do(t, ctx, "open the reader",
		chromedp.Navigate(fmt.Sprintf("%s/sources/%d/read", a.url, src.ID)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="reader-text"]`)),
	)
	from, to := eval[[]float64](t, ctx, passageBox("Thursday")), eval[[]float64](t, ctx, passageBox("spring."))
	do(t, ctx, "select the passage and cite it as a claim",
		chromedp.DragAndDropXY(from[0], from[1], to[2], to[3]),
		waitFor(`document.getElementById("cite-status").textContent.includes("spring.")`),
		chromedp.Click(chromedp.CSS(`#cite-bar button[value="claim"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-form"] input[name="speaker"]`)),
	)
	field := func(name string) string {
		return eval[string](t, ctx, fmt.Sprintf(`document.querySelector('[data-testid="cite-form"] [name=%q]').value`, name))
	}
	verbatim := func() bool {
		return eval[bool](t, ctx, `document.querySelector('[data-testid="cite-form"] input[name="verbatim"]').checked`)
	}
	if got := field("speaker"); got != "Maria Okafor" {
		t.Errorf("speaker prefilled %q", got)
	}
	if got := field("said_on"); got != "8 Sep 2022" {
		t.Errorf("date prefilled %q", got)
	}
	if got := textOf(t, ctx, `[data-testid="note-said_on"]`); !strings.Contains(got, "8 Sep 2022 — from “Thursday”, relative to the publication date 10 Sep 2022") {
		t.Errorf("the date's note reads %q", got)
	}
	if got := field("text"); got != "We will reopen the pier in spring." || !verbatim() {
		t.Fatalf("claim text %q, verbatim %v", got, verbatim())
	}
	do(t, ctx, "edit the claim's words",
		chromedp.SendKeys(chromedp.CSS(`[data-testid="cite-form"] textarea[name="text"]`), " Maybe."),
	)
	if verbatim() {
		t.Error("edited words are still marked verbatim")
	}
	do(t, ctx, "tick verbatim again",
		chromedp.Click(chromedp.CSS(`[data-testid="cite-form"] input[name="verbatim"]`)),
	)
	if !verbatim() {
		t.Error("the researcher's tick did not hold")
	}
}
