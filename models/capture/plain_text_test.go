package capture

import (
	"errors"
	"testing"
)

func TestATextFileKeepsItsParagraphsAndTakesItsFirstLineAsTitle(t *testing.T) {
	a, err := PlainText([]byte("\ufeffChina shuns co-operation\r\n\r\nGENEVA (AP) — China said on Saturday.\r\nIt would not co-operate.\r\n\r\nThe session starts Monday.\r\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "China shuns co-operation" {
		t.Errorf("title %q", a.Title)
	}
	if want := "GENEVA (AP) — China said on Saturday.\nIt would not co-operate.\n\nThe session starts Monday."; a.Text != want {
		t.Errorf("text %q, want %q", a.Text, want)
	}
	if _, err := PlainText([]byte("Only a title\n\n"), ""); !errors.Is(err, ErrNoArticle) {
		t.Errorf("a file of one line: %v", err)
	}
}
