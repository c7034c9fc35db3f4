package web

import (
	"net/http"
	"strings"
	"testing"
)

// TestATextFileUploadKeepsItsParagraphsAndTitle: a .txt uploaded to the
// capture form was read as HTML, its paragraphs folded into one line and no
// title found; its first line is the title and its paragraphs stay.
func TestATextFileUploadKeepsItsParagraphsAndTitle(t *testing.T) {
	tc := newTestClient(t)
	tc.get("/capture", nil)
	file := "China shuns co-operation with UN human rights office\n\nGENEVA (AP) — China on Saturday said it would not co-operate.\n\nChen Xu spoke of groundless blame.\n"
	res, doc := tc.upload("/capture", "ap.txt", file, nil)
	wantStatus(t, res, http.StatusOK)
	form := doc.Find(`[data-testid="source-form"]`)
	if got := form.Find(`input[name="title"]`).AttrOr("value", ""); got != "China shuns co-operation with UN human rights office" {
		t.Errorf("title %q", got)
	}
	body := strings.TrimPrefix(form.Find(`textarea[name="text"]`).Text(), "\n")
	if want := "GENEVA (AP) — China on Saturday said it would not co-operate.\n\nChen Xu spoke of groundless blame."; body != want {
		t.Errorf("text %q, want %q", body, want)
	}
}
