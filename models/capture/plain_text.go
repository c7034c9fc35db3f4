package capture

import (
	"strings"
)

// PlainText reads an uploaded text file as an article: its first non-blank
// line is the title, the rest the text, its paragraphs (blank lines) and line
// breaks kept as written. HTML extraction would fold its lines into one and
// find no title. ErrNoArticle when it holds nothing but the title.
func PlainText(b []byte, pageURL string) (Article, error) {
	text := strings.TrimPrefix(string(b), "\ufeff") // a byte-order mark some editors write
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.TrimSpace(text)
	title, rest, _ := strings.Cut(text, "\n")
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return Article{}, ErrNoArticle
	}
	return Article{URL: pageURL, Title: strings.TrimSpace(title), Text: rest}, nil
}
