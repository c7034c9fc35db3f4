package pdftext

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/factline/factline/models/pdftext/pdftest"
)

// TestReadsPagesParagraphsAndPageNumbers reads a report written for the test:
// its running head and page numbers are left out of the text and kept as each
// page's printed number, a word hyphenated at a line end is whole, lines of a
// paragraph are joined, and the paragraphs it numbers are found, paragraph 3
// running on to the next page and the quoted law's "1." and "2." not among them.
func TestReadsPagesParagraphsAndPageNumbers(t *testing.T) {
	d, err := sharedReader.Read(context.Background(), pdftest.Report())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "Annual Report") {
		t.Errorf("the running head is in the text:\n%s", d.Text)
	}
	for _, want := range []string{
		"1. The Commission met four times during the year and examined every complaint it received from the public.",
		"whether they fall.",
		"5. The ministry agreed to publish its waiting times from next year.",
		"1. A complaint shall be answered within thirty days.",
	} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("no %q in the text:\n%s", want, d.Text)
		}
	}
	if len(d.Pages) != 3 || d.Pages[0].Printed != "7" || d.Pages[1].Printed != "8" || d.Pages[2].HasText() {
		t.Fatalf("pages %+v", d.Pages)
	}
	var nums []int
	for _, p := range d.Paragraphs {
		nums = append(nums, p.Number)
	}
	if len(nums) != 6 || nums[0] != 1 || nums[5] != 6 {
		t.Fatalf("numbered paragraphs %v, want 1 to 6", nums)
	}
	cases := []struct{ quote, want string }{
		{"examined every complaint", "p. 7 (PDF p. 1), para. 1"},
		{"whether they fall", "p. 8 (PDF p. 2), para. 3"},
		{"waiting times every month, so that the public can see  whether", "pp. 7–8 (PDF pp. 1–2), para. 3"},
		{"A late answer shall be explained", "p. 8 (PDF p. 2), para. 4"},
		{"payment of pensions.  3. The", ""},
	}
	for _, c := range cases {
		i := strings.Index(strings.ReplaceAll(d.Text, "\n\n", "  "), c.quote)
		if i < 0 {
			t.Errorf("no %q in the text", c.quote)
			continue
		}
		start := len([]rune(d.Text[:i]))
		pl, ok := Locate(d.Pages, d.Paragraphs, start, start+len([]rune(c.quote)))
		if !ok {
			t.Errorf("no place for %q", c.quote)
			continue
		}
		if c.want == "" {
			if pl.FirstPara != 2 || pl.LastPara != 3 || pl.String() != "p. 7 (PDF p. 1), paras. 2–3" {
				t.Errorf("%q is at %q %+v, want paras. 2–3", c.quote, pl, pl)
			}
			continue
		}
		if pl.String() != c.want {
			t.Errorf("%q is at %q, want %q", c.quote, pl, c.want)
		}
	}
}

// TestRefusesWhatItCannotRead: a file that is no PDF, one over the size limit
// and one over the page limit are refused with errors that say which.
func TestRefusesWhatItCannotRead(t *testing.T) {
	ctx := context.Background()
	if _, err := sharedReader.Read(ctx, []byte("<html>not a pdf</html>")); !errors.Is(err, ErrNotPDF) {
		t.Errorf("not a PDF: %v", err)
	}
	small := &Reader{Limits: Limits{MaxBytes: 100}, pool: sharedReader.pool}
	if _, err := small.Read(ctx, pdftest.Report()); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large: %v", err)
	}
	short := &Reader{Limits: Limits{MaxPages: 2}}
	short.once.Do(func() {})
	short.pool, _ = sharedReader.start()
	if _, err := short.Read(ctx, pdftest.Report()); !errors.Is(err, ErrTooLong) || !strings.Contains(err.Error(), "3 pages; at most 2") {
		t.Errorf("too many pages: %v", err)
	}
	broken := append([]byte("%PDF-1.4\n"), make([]byte, 200)...)
	if _, err := sharedReader.Read(ctx, broken); !errors.Is(err, ErrDamaged) {
		t.Errorf("damaged: %v", err)
	}
}

// TestCleanFoldsLigaturesAndJoinsHyphens: ligatures read as their letters; a
// syllable break is joined, a compound before a capital keeps its hyphen, and
// one the document spells with a hyphen elsewhere keeps it too.
func TestCleanFoldsLigaturesAndJoinsHyphens(t *testing.T) {
	if got := string(clean([]rune("the ﬁrst\tﬂow  of\u00a0ﬀ"))); got != "the first flow of ff" {
		t.Errorf("clean: %q", got)
	}
	vocab := vocabulary([][]rune{[]rune("self-defence is a right")})
	got := string(joinHyphens([]rune("exam\x02ined the CoE\x02Commissioner and self\x02defence"), vocab))
	if got != "examined the CoE-Commissioner and self-defence" {
		t.Errorf("joinHyphens: %q", got)
	}
	if !ligaturesLost("he range is wide. he irst case was diferent and speciic.") {
		t.Error("a text with lost ligatures is not noticed")
	}
	if ligaturesLost("The first case was different and specific; he said so.") {
		t.Error("a whole text is taken for one with lost ligatures")
	}
}

// TestFoldQuote: a quote copied from a PDF viewer, with its ligatures, line
// breaks and a word hyphenated at a line end, reads as the text factline keeps.
func TestFoldQuote(t *testing.T) {
	got := FoldQuote("The Commission met four times and exam-\r\nined the ﬁrst\n  complaints of self-defence")
	if want := "The Commission met four times and examined the first complaints of self-defence"; got != want {
		t.Errorf("FoldQuote: %q, want %q", got, want)
	}
}
