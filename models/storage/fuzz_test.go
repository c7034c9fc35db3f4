package storage

import (
	"testing"

	"github.com/factline/factline/models"
)

// FuzzAnchorAndReanchor anchors a quote in a text and re-anchors it in an
// edited text: a found quote is exactly the text at its offsets, and the
// offsets stay inside the text.
func FuzzAnchorAndReanchor(f *testing.F) {
	f.Add("The talks failed, he said. The talks failed again.", "The talks failed", "Then the talks failed, he said.", 27)
	f.Add("aaaa", "aa", "aaaaaa", 1)
	f.Add("é\xffü", "\xff", "ü\xffé", -3)
	f.Fuzz(func(t *testing.T, text, quote, edited string, hint int) {
		start, end, prefix, suffix, ok := models.Anchor(text, quote, &hint)
		if !ok {
			return
		}
		checkSpan(t, text, quote, start, end)
		c := models.Citation{Quote: quote, StartOffset: &start, EndOffset: &end, Prefix: prefix, Suffix: suffix}
		if s, e, _, _, ok := models.Reanchor(edited, c); ok {
			checkSpan(t, edited, quote, s, e)
		}
	})
}

func checkSpan(t *testing.T, text, quote string, start, end int) {
	t.Helper()
	runes := []rune(text)
	if start < 0 || end > len(runes) || start > end {
		t.Fatalf("span %d–%d outside a text of %d code points", start, end, len(runes))
	}
	if got := string(runes[start:end]); got != string([]rune(quote)) {
		t.Fatalf("span %d–%d is %q, not the quote %q", start, end, got, quote)
	}
}
