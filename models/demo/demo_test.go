package demo

import (
	"context"
	"fmt"
	"testing"

	"github.com/factline/factline/models/storage"
)

func TestDemoTimelineIsInDateOrder(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	if _, err := Load(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	lt, err := s.LoadTimeline(context.Background(), Slug)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range lt.Items {
		got = append(got, it.Date.Display())
	}
	want := []string{"31 Aug 2022", "31 Aug 2022", "31 Aug 2022", "8 Sep 2022", "by 10 Sep 2022", "by 10 Sep 2022", "12 Sep – 7 Oct 2022"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("dates in order:\n got %q\nwant %q", got, want)
	}
}
