package capture

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const newsPage = `<!DOCTYPE html><html lang="en"><head>
<title>China shuns co-operation with UN rights office | NZ Herald</title>
<meta property="og:title" content="China shuns co-operation with UN rights office">
<meta property="og:site_name" content="NZ Herald">
<meta name="author" content="Jamey Keaten">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"China shuns co-operation with UN rights office","datePublished":"2022-09-10T13:23:00+12:00","author":{"@type":"Person","name":"Jamey Keaten"},"publisher":{"@type":"Organization","name":"NZ Herald"}}</script>
<script>document.write("tracker")</script>
</head><body><nav>Home | World | Sport</nav>
<article><h1>China shuns co-operation with UN rights office</h1>
<p>Chen Xu, China's ambassador in Geneva, told the ACANU press association that the assessment offered up groundless blame of China's policies.</p>
<iframe src="https://ads.example/frame"></iframe>
<p>China has repeatedly called the assessment a fabrication cooked up by Western nations, and it said it would not co-operate with the office.</p>
<p>On Thursday the General Assembly approved Volker Türk of Austria as the next High Commissioner for Human Rights, after Michelle Bachelet's term ended.</p>
<script>alert("x")</script>
</article><footer>Copyright</footer></body></html>`

func TestExtractFindsTextAndMetadataAndDropsScripts(t *testing.T) {
	a, err := Extract(strings.NewReader(newsPage), "https://www.nzherald.co.nz/world/china-shuns")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "China shuns co-operation with UN rights office" || a.Author != "Jamey Keaten" ||
		a.Publisher != "NZ Herald" || a.Published != "2022-09-10" {
		t.Errorf("metadata: %+v", a)
	}
	if !strings.Contains(a.Text, "groundless blame") || !strings.Contains(a.Text, "\n\n") {
		t.Errorf("text: %q", a.Text)
	}
	for _, bad := range []string{"alert", "tracker", "<iframe", "ads.example", "<script"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("the text keeps %q", bad)
		}
	}
}

func TestTitleLosesTheSiteNameItEndsWith(t *testing.T) {
	for _, c := range []struct{ title, site, want string }{
		{"Rights office report | Example News", "Example News", "Rights office report"},
		{"Geneva | Rights office report - example news", "Example News", "Geneva | Rights office report"},
		{"Example News", "Example News", "Example News"},
		{"Rights office report | Other", "Example News", "Rights office report | Other"},
		{"Rights office report | Example News", "", "Rights office report | Example News"},
	} {
		if got := withoutSiteName(c.title, c.site); got != c.want {
			t.Errorf("withoutSiteName(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
		}
	}
}

func TestFetchRefusesOtherSchemesAndPrivateAddresses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(newsPage)) }))
	defer srv.Close()
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/", "http://127.0.0.1/", srv.URL, "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"} {
		_, err := DefaultFetcher.Fetch(t.Context(), u)
		var refused *RefusedError
		if !errors.As(err, &refused) {
			t.Errorf("%s: %v, want a refusal", u, err)
		}
	}
}

func TestFetchReadsALocalTestServerWhenAllowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			_, _ = w.Write([]byte(strings.Repeat("a", 2<<20)))
		case "/slow":
			time.Sleep(500 * time.Millisecond)
		case "/moved":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		default:
			_, _ = w.Write([]byte(newsPage))
		}
	}))
	defer srv.Close()
	f := Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: 200 * time.Millisecond}
	got, err := f.Fetch(t.Context(), srv.URL+"/article")
	if err != nil || !strings.Contains(string(got.Body), "groundless blame") || got.FinalURL != srv.URL+"/article" {
		t.Fatalf("fetch: %v %+v", err, got)
	}
	for _, path := range []string{"/big", "/slow", "/moved"} {
		if _, err := f.Fetch(t.Context(), srv.URL+path); err == nil {
			t.Errorf("%s was fetched", path)
		}
	}
}
