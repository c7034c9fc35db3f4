package edtf

import "testing"

func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"2022-09-08", "2022-09", "2022", "2022-09-10T13:23+12:00", "2022-09-10T13:23:05Z",
		"2022-09-09?", "2022-09~", "2022-09%", "2022-09-12/2022-10-07", "../2022-09-10",
		"2022-09-12/..", "/2022-09-10", "2022-09-12?/2022-10~",
		"31 August 2022", "Aug 31, 2022", "Thursday, 8 September 2022", "2022/09/08", "13/09/2022",
		"c. Sep 2022 (?)", "12–15 Sep 2022", "12 Sep – 7 Oct 2022", "by 10 Sep 2022", "before 2022",
		"10 Sep 2022, 13:23 (UTC-5:30)", "between 12 Sep and 7 Oct 2022", "1914-1918", "08/09/2022",
		"Sept. 12-15, 2022", "from 12 Sep to 7 Oct 2022", "after 2022-09-10T13:23Z", "10 Sep 2022 1:23 p.m. GMT+5",
		"c. 12 Sep – 7 Oct 2022 (?)", "Sep-Oct 2022", "on Thursday", "31 Feb 2022",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("Parse(%q) failed but gave %q", s, d)
			}
			return
		}
		for _, text := range []string{d.String(), d.Display()} {
			back, err := Parse(text)
			if err != nil {
				t.Fatalf("Parse(%q) = %s, but Parse(%q): %v", s, d, text, err)
			}
			if !back.Equal(d) {
				t.Fatalf("Parse(%q) = %s, but Parse(%q) = %s", s, d, text, back)
			}
			if back.String() != d.String() {
				t.Fatalf("String of %q is not stable: %q then %q", s, d.String(), back.String())
			}
		}
	})
}
