package capture

import (
	"strings"
	"testing"
)

func TestExtractReadsTheCanonicalLink(t *testing.T) {
	body := `<body><article><p>` + strings.Repeat("Chen Xu told the press association that the report offered groundless blame. ", 8) + `</p></article></body></html>`
	for _, tc := range []struct{ name, head, want string }{
		{"absolute", `<link rel="canonical" href="https://www.nzherald.co.nz/world/china-shuns/ABC123/">`, "https://www.nzherald.co.nz/world/china-shuns/ABC123/"},
		{"relative, to the page's address", `<link href="/world/china-shuns/ABC123/" rel="Canonical">`, "https://amp.nzherald.co.nz/world/china-shuns/ABC123/"},
		{"none", `<link rel="stylesheet" href="/a.css">`, ""},
		{"not a web address", `<link rel="canonical" href="javascript:alert(1)">`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><title>China shuns co-operation</title>` + tc.head + `</head>` + body
			a, err := Extract(strings.NewReader(page), "https://amp.nzherald.co.nz/world/china-shuns/ABC123/amp/")
			if err != nil {
				t.Fatal(err)
			}
			if a.Canonical != tc.want {
				t.Errorf("canonical = %q, want %q", a.Canonical, tc.want)
			}
		})
	}
	page := `<html><head></head><body><link rel="canonical" href="https://elsewhere.example/">` + body[6:]
	if a, err := Extract(strings.NewReader(page), ""); err != nil || a.Canonical != "" {
		t.Errorf("a link in the body is taken: %q, %v", a.Canonical, err)
	}
}
