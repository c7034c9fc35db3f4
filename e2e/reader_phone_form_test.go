package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factline/factline/models/storage"
)

// TestTheCiteBarYieldsToTheCiteFormOnAPhone: on a 390×844 screen the bar fixed
// to the bottom of the viewport (about 210 px with its actions) covered the
// citation form's Speaker field (issue 27 item 10). While the form is open the
// bar yields, so that no field of the form is under it wherever the form is
// scrolled to; once the citation is saved the bar is back at the bottom.
func TestTheCiteBarYieldsToTheCiteFormOnAPhone(t *testing.T) {
	a := startApp(t)
	var text strings.Builder
	for i := range 60 {
		fmt.Fprintf(&text, "Paragraph %d of the report says little of note, at some length, to fill the screen.\n\n", i+1)
	}
	text.WriteString("At the very end Chen Xu called the assessment a fabrication.")
	src := storage.MakeSource(t, a.store, "A long report", text.String(), "2022-09-10")
	storage.MakeActor(t, a.store, "Chen Xu")
	ctx := newBrowser(t)
	signIn(t, ctx, a)
	do(t, ctx, "open the reader on a phone",
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(fmt.Sprintf("%s/sources/%d/read", a.url, src.ID)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="reader-text"]`)),
	)
	eval[bool](t, ctx, scrollToPassage)
	box := eval[[]float64](t, ctx, passageBox("a fabrication"))
	do(t, ctx, "select the passage and cite it as a claim",
		chromedp.DragAndDropXY(box[0], box[1], box[2], box[3]),
		waitFor(`document.getElementById("cite-bar").classList.contains("is-active")`),
		chromedp.Click(chromedp.CSS(`#cite-bar button[value="claim"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="cite-form"]`)),
	)
	saveViewport(t, ctx, "reader-phone-cite-form")
	// Each field is scrolled to the top, the middle and the bottom of the
	// screen; what the screen shows at its middle must be the field itself.
	covered := eval[[]string](t, ctx, `(() => {
		const out = [];
		const fields = document.querySelectorAll('[data-testid="cite-form"] :is(input:not([type=hidden]), select, textarea, button)');
		for (const f of fields) {
			if (!f.checkVisibility()) continue;
			for (const block of ["start", "center", "end"]) {
				f.scrollIntoView({block});
				const r = f.getBoundingClientRect();
				const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				if (at !== f && !f.contains(at)) {
					out.push((f.name || f.textContent.trim()) + " scrolled to the " + block + " is under " +
						(at ? at.tagName.toLowerCase() + (at.id ? "#" + at.id : "") + " in " + (at.closest("[id]") || {}).id : "nothing"));
					break;
				}
			}
		}
		return fields.length ? out : ["the form has no fields"];
	})()`)
	if len(covered) > 0 {
		t.Errorf("fields of the citation form covered on a 390×844 screen:\n%s", strings.Join(covered, "\n"))
	}
	do(t, ctx, "save the claim",
		chromedp.SendKeys(chromedp.CSS(`[data-testid="cite-form"] input[name="speaker"]`), "Chen Xu"),
		chromedp.Click(chromedp.CSS(`[data-testid="cite-form"] button[type="submit"]`)),
		waitFor(`document.querySelectorAll("mark.cited").length === 1 && !document.querySelector('[data-testid="cite-form"]')`),
	)
	if pos := eval[string](t, ctx, `getComputedStyle(document.getElementById("cite-bar")).position`); pos != "fixed" {
		t.Errorf("after the save the bar is %s, not fixed to the bottom of the screen", pos)
	}
}
