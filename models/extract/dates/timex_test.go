package dates

import (
	"strings"
	"testing"
)

// published is the date of the texts below: Saturday 10 September 2022.
const published = "2022-09-10"

type dateCase struct {
	text, want, typ string // want is "expression=value"
}

// find returns the timex whose text is expr.
func find(t *testing.T, text, expr string) (Timex, bool) {
	t.Helper()
	for _, x := range Dates(text, published) {
		if x.Text == expr {
			return x, true
		}
	}
	return Timex{}, false
}

func checkCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		expr, value, _ := strings.Cut(c.want, "=")
		x, ok := find(t, c.text, expr)
		if !ok {
			t.Errorf("%q: no expression %q in %+v", c.text, expr, Dates(c.text, published))
			continue
		}
		if x.Value != value || c.typ != "" && x.Type != c.typ {
			t.Errorf("%q: %q = %s %s, want %s %s (rule %s)", c.text, expr, x.Type, x.Value, c.typ, value, x.Rule)
		}
	}
}

// TestDesignExamples covers every example of ARCHITECTURE.md §7 and the issue.
func TestDesignExamples(t *testing.T) {
	checkCases(t, []dateCase{
		{"On Thursday the council voted to close the pier.", "Thursday=2022-09-08", "DATE"},
		{"Ferry traffic fell sharply last week.", "last week=2022-W35", "DATE"},
		{"The new timetable applies starting Monday.", "Monday=2022-09-12", "DATE"},
		{"The deadline passed on August 31.", "August 31=2022-08-31", "DATE"},
		{"Profits doubled last year.", "last year=2021", "DATE"},
		{"Dockers began a four-week strike.", "four-week=P4W", "DURATION"},
		{"Prices rose in the past three months.", "the past three months=P3M", "DURATION"},
		{"The road is closed each winter.", "each winter=XXXX-WI", "SET"},
		{"Repairs are needed each season.", "each season=P3M", "SET"},
		{"The harbour is now closed.", "now=PRESENT_REF", "DATE"},
		{"Trade boomed in the 1990s.", "the 1990s=199", "DATE"},
		{"The bridge will open early next year.", "early next year=2023", "DATE"},
	})
	x, _ := find(t, "The bridge will open early next year.", "early next year")
	if x.Mod != "START" {
		t.Errorf("early next year: mod %q, want START", x.Mod)
	}
}

// TestTenseChoosesSide checks that a bare weekday or month lies in the past
// or the future as the tense of its sentence says.
func TestTenseChoosesSide(t *testing.T) {
	checkCases(t, []dateCase{
		{"The minister visited the port on Tuesday.", "Tuesday=2022-09-06", ""},
		{"The minister will visit the port on Tuesday.", "Tuesday=2022-09-13", ""},
		{"The minister said he would visit the port on Tuesday.", "Tuesday=2022-09-13", ""},
		{"The minister said Tuesday that the port would close.", "Tuesday=2022-09-06", ""},
		{"Shops are going to open on Sunday.", "Sunday=2022-09-11", ""},
		{"The market opens Monday.", "Monday=2022-09-12", ""},
		{"Saturday's vote was close.", "Saturday=2022-09-10", ""},
		{"Wednesday's ruling will be appealed.", "Wednesday=2022-09-07", ""},
		{"The bridge closed in July.", "July=2022-07", ""},
		{"The bridge will reopen in July.", "July=2023-07", ""},
		{"The bridge will reopen in November.", "November=2022-11", ""},
		{"The bridge was closed in November.", "November=2021-11", ""},
		{"Dividends are payable Dec. 7 to holders of record.", "Dec. 7=2022-12-07", ""},
		{"Talks collapsed on Oct. 2.", "Oct. 2=2021-10-02", ""},
		{"Last Friday the ferry sank.", "Last Friday=2022-09-09", ""},
		{"Next Friday the ferry sails.", "Next Friday=2022-09-16", ""},
	})
}

func TestAbsoluteDates(t *testing.T) {
	checkCases(t, []dateCase{
		{"It happened on Aug. 31, 2019.", "Aug. 31, 2019=2019-08-31", "DATE"},
		{"It happened on 31 August 2019.", "31 August 2019=2019-08-31", "DATE"},
		{"It happened on Monday, Oct. 26, 1998.", "Monday, Oct. 26, 1998=1998-10-26", "DATE"},
		{"The log says 2019-08-31 clearly.", "2019-08-31=2019-08-31", "DATE"},
		{"The form was dated 8/31/19 by hand.", "8/31/19=2019-08-31", "DATE"},
		{"The mill closed in March 1998.", "March 1998=1998-03", "DATE"},
		{"The mill closed in 1998.", "1998=1998", "DATE"},
		{"Sales fell in fiscal 1998.", "fiscal 1998=1998", "DATE"},
		{"Unrest grew in the late 1970s.", "the late 1970s=197", "DATE"},
		{"Rents doubled in the mid-1980s.", "the mid-1980s=198", "DATE"},
		{"Little changed in the 20th century.", "the 20th century=19", "DATE"},
		{"Output rose in the third quarter of 1998.", "the third quarter of 1998=1998-Q3", "DATE"},
		{"Output rose in the first half of 1998.", "the first half of 1998=1998-H1", "DATE"},
		{"The dam broke in the summer of 1998.", "the summer of 1998=1998-SU", "DATE"},
		{"The plant opened in '22.", "'22=2022", "DATE"},
		{"The plant opened in 2k22.", "2k22=2022", "DATE"},
		{"The pact was signed in nineteen ninety-six.", "nineteen ninety-six=1996", "DATE"},
		{"It was agreed in mid-1996.", "mid-1996=1996", "DATE"},
	})
}

func TestRelativeDays(t *testing.T) {
	checkCases(t, []dateCase{
		{"The ship docked today.", "today=2022-09-10", "DATE"},
		{"The ship docked yesterday.", "yesterday=2022-09-09", "DATE"},
		{"The ship docks tomorrow.", "tomorrow=2022-09-11", "DATE"},
		{"The ship docked three days ago.", "three days ago=2022-09-07", "DATE"},
		{"The ship docked two months ago.", "two months ago=2022-07", "DATE"},
		{"The ship docked five years ago.", "five years ago=2017", "DATE"},
		{"Crews worked late last night.", "last night=2022-09-09TNI", "TIME"},
		{"The fire started Friday night.", "Friday night=2022-09-09", "DATE"},
		{"The plan was made in June last year.", "June last year=2021-06", "DATE"},
	})
}

func TestRelativePeriods(t *testing.T) {
	checkCases(t, []dateCase{
		{"Rates rose this week.", "this week=2022-W36", "DATE"},
		{"Rates will rise next month.", "next month=2022-10", "DATE"},
		{"Rates rose last month.", "last month=2022-08", "DATE"},
		{"Rates rose earlier this year.", "earlier this year=2022", "DATE"},
		{"Rates rose late last year.", "late last year=2021", "DATE"},
		{"Profit fell in the second quarter.", "the second quarter=2022-Q2", "DATE"},
		{"Profit will fall in the fourth quarter.", "the fourth quarter=2021-Q4", "DATE"},
		{"Third-quarter profit fell.", "Third-quarter=2022-Q3", "DATE"},
		{"The quarter was weak, the company said.", "The quarter=2022-Q2", "DATE"},
		{"Profit rose in the current quarter.", "the current quarter=2022-Q3", "DATE"},
		{"The rally was held last summer.", "last summer=2021-SU", "DATE"},
		{"The rally will be held this winter.", "this winter=2022-WI", "DATE"},
		{"Sales fell 5% from a year earlier.", "a year earlier=2021", "DATE"},
		{"In the third quarter, sales fell 5% from a year earlier.", "a year earlier=2021-Q3", "DATE"},
	})
}

// TestAReportOfResultsReadsTheQuarterItNamed: "the quarter", "the latest
// period", "a year earlier" and "the 2021 period" of a report are the quarter
// it named first, not the last one finished by the publication date, unless
// that quarter was only forecast.
func TestAReportOfResultsReadsTheQuarterItNamed(t *testing.T) {
	const first = "The firm earned $5 million in the fiscal first quarter. Sales for the quarter rose 9% from a year earlier. In the 2021 period it lost money."
	const fourth = "Ralston reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.7 billion."
	checkCases(t, []dateCase{
		{first, "the fiscal first quarter=2022-Q1", "DATE"},
		{first, "the quarter=2022-Q1", "DATE"},
		{first, "a year earlier=2021-Q1", "DATE"},
		{first, "the 2021 period=2021-Q1", "DATE"},
		{fourth, "the latest period=2021-Q4", "DATE"},
		{"Analysts expect the slump to continue into the fourth quarter. Sales in the latest quarter fell.", "the latest quarter=2022-Q2", "DATE"},
		{"Crowds will gather over the weekend.", "the weekend=2022-W36-WE", "DATE"},
	})
}

func TestDurations(t *testing.T) {
	checkCases(t, []dateCase{
		{"The strike lasted two weeks.", "two weeks=P2W", "DURATION"},
		{"The talks took 5 1/2 hours.", "5 1/2 hours=PT5H30M", "DURATION"},
		{"The repairs took 2 1/2 years.", "2 1/2 years=P2Y6M", "DURATION"},
		{"The siege lasted more than four hours.", "more than four hours=PT4H", "DURATION"},
		{"It took several days to clear.", "several days=PXD", "DURATION"},
		{"It took a couple of years.", "a couple of years=P2Y", "DURATION"},
		{"Queues formed for half an hour.", "half an hour=PT30M", "DURATION"},
		{"He waited for a week.", "a week=P1W", "DURATION"},
		{"Ferries will run for the next two weeks.", "the next two weeks=P2W", "DURATION"},
		{"The mill has run for two decades.", "two decades=P20Y", "DURATION"},
		{"Families have waited for years.", "years=PXY", "DURATION"},
		{"Losses mounted over the past two quarters.", "the past two quarters=P2Q", "DURATION"},
		{"The vote took a minute and a half.", "a minute and a half=PT1M30S", "DURATION"},
		{"The hearing lasted an hour and a half.", "an hour and a half=PT1H30M", "DURATION"},
		{"The march took a day and a half.", "a day and a half=P1DT12H", "DURATION"},
		{"Repairs took about a year and a half.", "about a year and a half=P1Y6M", "DURATION"},
	})
	for _, text := range []string{"A 6-year-old boy was found.", "The captain, 52 years old, retired.", "It costs $500 million a year.",
		"It costs $5 a year and a half of it goes to fees."} {
		for _, x := range Dates(text, published) {
			if x.Type == "DURATION" {
				t.Errorf("%q: %q read as a duration %s", text, x.Text, x.Value)
			}
		}
	}
}

func TestSetsTimesAndVague(t *testing.T) {
	checkCases(t, []dateCase{
		{"Boats sail every week.", "every week=P1W", "SET"},
		{"Boats sail every Monday.", "every Monday=XXXX-WXX-1", "SET"},
		{"Boats sail each July.", "each July=XXXX-07", "SET"},
		{"The paper appears daily.", "daily=P1D", "SET"},
		{"Boats sail twice a week.", "twice a week=P1W", "SET"},
		{"The ship left at 2 p.m. Friday.", "2 p.m. Friday=2022-09-09T14:00", "TIME"},
		{"The ship left at 14:30.", "14:30=2022-09-10T14:30", "TIME"},
		{"The ship left at 10am.", "10am=2022-09-10T10:00", "TIME"},
		{"On Friday the ship left at 9:15 a.m.", "9:15 a.m.=2022-09-09T09:15", "TIME"},
		{"Stores currently close at six.", "currently=PRESENT_REF", "DATE"},
		{"Prices rose recently.", "recently=PAST_REF", "DATE"},
		{"Prices rose in recent years.", "recent years=PAST_REF", "DATE"},
		{"Prices rose in recent months.", "recent months=PXM", "DURATION"},
		{"Talks stalled in recent weeks.", "recent weeks=PXW", "DURATION"},
		{"Fighting grew in recent days.", "recent days=PXD", "DURATION"},
		{"Prices may rise in the near future.", "the near future=FUTURE_REF", "DATE"},
	})
}

func TestHolidays(t *testing.T) {
	checkCases(t, []dateCase{
		{"The boy was found on Thanksgiving Day.", "Thanksgiving Day=2021-11-25", "DATE"},
		{"Shops will close on Christmas Day.", "Christmas Day=2022-12-25", "DATE"},
		{"Voters go to the polls on Election Day.", "Election Day=2022-11-08", "DATE"},
		{"Pilgrims arrived for Easter week.", "Easter week=2022-W15", "DATE"},
		{"The fire broke out last Christmas.", "last Christmas=2021-12-25", "DATE"},
	})
}

func TestImpossibleDay(t *testing.T) {
	for _, d := range Dates("The vote was set for February 30, 2023 and then for April 31.", published) {
		if strings.Contains(d.Value, "02-30") || strings.Contains(d.Value, "04-31") {
			t.Errorf("impossible day proposed: %+v", d)
		}
	}
	checkCases(t, []dateCase{{"The vote was set for February 30.", "February=2023-02", "DATE"}})
}
