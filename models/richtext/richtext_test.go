package richtext

import (
	"strings"
	"testing"
)

func TestTextKeepsTheSafeSubset(t *testing.T) {
	z := New()
	in := `<p class="lead">Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace" onclick="x()">Ada</a> <em>now</em></p>` +
		`<script>alert(1)</script><a href="javascript:alert(1)">bad</a><img src=x onerror=alert(1)><ul><li>one</li></ul>` +
		`<a href="mailto:a@example.org">mail</a><span class="tl-note">note</span>`
	got := z.Text(in)
	for _, want := range []string{`<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada</a> <em>now</em></p>`,
		`<ul><li>one</li></ul>`, `<a href="mailto:a@example.org">mail</a>`, "note"} {
		if !strings.Contains(got, want) {
			t.Errorf("Text kept %q, want it to hold %q", got, want)
		}
	}
	for _, bad := range []string{"script", "javascript", "onclick", "onerror", "<img", "class=", "<span"} {
		if strings.Contains(got, bad) {
			t.Errorf("Text kept %q, which holds %q", got, bad)
		}
	}
}

func TestQuoteKeepsBlockquoteAndCite(t *testing.T) {
	got := New().Quote(`<blockquote onmouseover="x()">No demand. <cite>Edith Clarke</cite></blockquote>`)
	if got != `<blockquote>No demand. <cite>Edith Clarke</cite></blockquote>` {
		t.Errorf("Quote = %q", got)
	}
}

func TestPlainAndIsHTML(t *testing.T) {
	if got := Plain(`<p>One &amp; two</p><p>Three<br>four</p>`); got != "One & two\nThree\nfour" {
		t.Errorf("Plain = %q", got)
	}
	if IsHTML("3 < 4 and 5 > 2") || !IsHTML("a <em>b</em>") || !IsHTML("AT&amp;T") {
		t.Error("IsHTML told plain text and HTML apart wrongly")
	}
}
