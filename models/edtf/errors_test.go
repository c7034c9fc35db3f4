package edtf

import (
	"errors"
	"strings"
	"testing"
)

func TestRefusals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"08/09/2022", `"08/09/2022" is ambiguous: it could be 8 September or 9 August 2022. Type the month as a word ("8 Sep 2022") or use 2022-09-08.`},
		{"9/8/2022", "it could be 9 August or 8 September 2022"},
		{"08-09-2022", "is ambiguous"},
		{"08/09/22", "two-digit year"},
		{"31/02/2022", "February 2022 has no day 31"},
		{"13/13/2022", "There is no month 13"},
		{"31 Feb 2022", "February 2022 has no day 31 (it has 28 days)."},
		{"30 February 2024", "February 2024 has no day 30 (it has 29 days)."},
		{"0 Sep 2022", "September 2022 has no day 0"},
		{"2022-02-30", "February 2022 has no day 30"},
		{"2022-13-01", "There is no month 13"},
		{"2022-00", "There is no month 0"},
		{"sometime", `"sometime" is not a date. Type a date such as 8 Sep 2022, Sep 2022, 2022, or a range 12 Sep – 7 Oct 2022.`},
		{"asdf", `"asdf" is not a date.`},
		{"8 9 Sep 2022", "is not a date"},
		{"Sep Oct 2022", "is not a date"},
		{"../..", "is not a date"},
		{"/", "is not a date"},
		{"by 12 Sep – 7 Oct 2022", "is not a date"},
		{"between 12 Sep 2022", "is not a date"},
		{"next week", `"next week" is a relative date: it only means something against a source's publication date. Type the date itself`},
		{"on Thursday", "publication date"},
		{"last week", "relative date"},
		{"Thursday", "relative date"},
		{"3 days ago", "relative date"},
		{"sometime next week", "relative date"},
		{"August 31", `"August 31" has no year. Add the year`},
		{"Sep", "has no year"},
		{"12 2022", "has a day but no month"},
		{"22", "has no year"},
		{"8 Sep 22", "Write the year in full"},
		{"BCE", "has an era (bce) without its year"},
		{"0 BCE", "without its year"},
		{"Monday, 8 September 2022", "8 Sep 2022 was a Thursday, not a Monday"},
		{"Thursday Sep 2022", "weekday only goes with a full date"},
		{"2022-10-07/2022-09-12", "The range ends (12 Sep 2022) before it starts (7 Oct 2022). Put the earlier date first."},
		{"7 Oct – 12 Sep 2022", "ends (12 Sep 2022) before it starts (7 Oct 2022)"},
		{"Dec – Jan 2023", "before it starts"},
		{"2022-09-10T13:00Z/2022-09-10T14:00+12:00", "before it starts"},
		{"c. 10 Sep 2022, 13:23", "cannot be uncertain or approximate"},
		{"Sep 2022 13:23 UTC", "A time needs a full date"},
		{"8 Sep 2022 UTC", "A date alone has no time zone"},
		{"10 Sep 2022 13:23pm UTC", "hours run from 1 to 12"},
		{"2022-09-10T24:00Z", "There is no hour 24"},
		{"2022-09-10T13:60Z", "There is no minute 60"},
		{"2022-09-10T13:23:60Z", "There is no second 60"},
		{"2022-09-10T13:23+15:00", "Time zones run from UTC-12 to UTC+14"},
		{"2022-09-10T13:23+05:75", "zone minutes run from 00 to 59"},
		{"2022-09-10T13:23Z?", "An exact time cannot be uncertain or approximate"},
		{"c. 10 Sep 2022, 13:23 (UTC)", "cannot be uncertain or approximate"},
		{"Y1000000000000", "is not a date"},
		{"after 999999999999", "Years run up to a trillion years"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := Parse(tt.in)
			var perr *ParseError
			if !errors.As(err, &perr) {
				t.Fatalf("Parse(%q) = %s, %v; want a ParseError", tt.in, d, err)
			}
			if !strings.Contains(perr.Error(), tt.want) {
				t.Errorf("Parse(%q) says %q, want it to say %q", tt.in, perr.Error(), tt.want)
			}
			if perr.Input != tt.in || !d.IsZero() {
				t.Errorf("Parse(%q) gave Input %q and date %q", tt.in, perr.Input, d)
			}
		})
	}
}
