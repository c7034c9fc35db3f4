package dates

import (
	"strings"
	"testing"
)

// enCase is an English sentence, its publication date and the expression
// it must yield ("expression=value").
type enCase struct {
	published, text, want string
}

func checkEnglish(t *testing.T, cases []enCase) {
	t.Helper()
	for _, c := range cases {
		expr, value, _ := strings.Cut(c.want, "=")
		var got []Timex
		found := false
		for _, x := range DatesIn("en", c.text, c.published) {
			got = append(got, x)
			if x.Text == expr {
				found = true
				if x.Value != value {
					t.Errorf("%s %q: %q = %s, want %s (rule %s)", c.published, c.text, expr, x.Value, value, x.Rule)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: no expression %q in %+v", c.published, c.text, expr, got)
		}
	}
}

// TestAMonthFarOffFollowsTheTense checks that a month named without a year
// more than six months from the publication date lies on the side the
// sentence's verb says, and on the nearest side only when no verb says one.
func TestAMonthFarOffFollowsTheTense(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "The chairman stepped down in February for health reasons.", "February=2022-02"},
		{"2022-09-10", "Since the fund bought the ferry line in January, it has sold two boats.", "January=2022-01"},
		{"2022-09-10", "Fares have doubled since January, and will rise again.", "January=2022-01"},
		{"2022-03-04", "The crew will fly a mission in December.", "December=2022-12"},
		{"2022-09-10", "Nobody knows what the council will do in February.", "February=2023-02"},
		{"2022-09-10", "A ballot is due in February.", "February=2023-02"},
		{"2022-09-10", "The vote was set for February.", "February=2023-02"},
	})
}

// TestAFullMonthNameEndsItsSentence: the full stop after "December" ends
// the sentence, so the next one's verbs do not place the month, while the
// stop of an abbreviation ("Dec. 5") ends none.
func TestAFullMonthNameEndsItsSentence(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-03-04", "The crew will fly a mission in December. Its pilot has flown twice before.", "December=2022-12"},
		{"2022-09-10", "The firm agreed to buy the line in February. It had approached the owners in May.", "February=2023-02"},
		{"2022-09-10", "The board met on Dec. 5 and said it had approved the sale.", "Dec. 5=2021-12-05"},
	})
}

// TestThePerfectWithBeenIsThePast: "have been searching since … the Oct.
// 23 fire" speaks of what has happened, so the day lies behind, though the
// next Oct. 23 is nearer.
func TestThePerfectWithBeenIsThePast(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-05-06", "Police have been searching for him since shortly after the Oct. 23 fire.", "Oct. 23=2021-10-23"},
		{"2022-05-06", "The ferry has been idle after the Oct. 23 fire.", "Oct. 23=2021-10-23"},
		{"2022-05-06", "The vote has been scheduled for Oct. 23.", "Oct. 23=2022-10-23"},
	})
}

// TestAdjectivesAndDeadlinesAreNoTense checks that a participle used as an
// adjective ("an unspecified date") is no past verb and that "effective"
// makes a date a deadline, which the tense of the sentence does not place.
func TestAdjectivesAndDeadlinesAreNoTense(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "The dividend would be paid on a still unspecified date in January.", "January=2023-01"},
		{"2022-09-10", "The harbour board created a new office, effective Feb. 1.", "Feb. 1=2023-02-01"},
		{"2022-09-10", "The proposed merger of the two ferry lines collapsed in February.", "February=2022-02"},
	})
}

// TestPlansAndDeadlinesPlaceAWeekday checks the cues that put a bare
// weekday ahead ("planned a rally", "were planning to", "did not plan to",
// "postponed until") or behind ("had been scheduled to", "until Tuesday
// they had not").
func TestPlansAndDeadlinesPlaceAWeekday(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "Protesters planned a rally in the harbour on Tuesday.", "Tuesday=2022-09-13"},
		{"2022-09-10", "Organisers want a rally on Tuesday and were planning to march to the port.", "Tuesday=2022-09-13"},
		{"2022-09-10", "Officials did not plan to close the pier on Tuesday.", "Tuesday=2022-09-13"},
		{"2022-09-10", "The harbour board postponed until Tuesday any decision on the pier.", "Tuesday=2022-09-13"},
		{"2022-09-10", "Until Tuesday, the ferry had not been allowed to sail.", "Tuesday=2022-09-06"},
		{"2022-09-10", "The offer had been scheduled to expire at midnight Friday.", "midnight Friday=2022-09-09T24:00"},
		{"2022-09-10", "The offer had been due to expire Friday.", "Friday=2022-09-09"},
	})
}

// TestSpelledYearsInDates checks years spelled out as broadcasts say them
// inside a month, a season and "the year ...".
func TestSpelledYearsInDates(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "The port was rebuilt in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four=1994-WI"},
		{"2022-09-10", "It reopened in March twenty twenty-one after the repairs.", "March twenty twenty-one=2021-03"},
		{"2022-09-10", "The council promised a new pier by the year two thousand.", "the year two thousand=2000"},
		{"2022-09-10", "The council promised a new pier by the year 2030.", "the year 2030=2030"},
	})
	for _, x := range DatesIn("en", "The year two hundred sailors left was a hard one.", "2022-09-10") {
		if x.Rule == "the-year-number" {
			t.Errorf("%q read as a year", x.Text)
		}
	}
}

// TestAnaphoraTakeTheDateBefore checks that "the following year", "that
// year", "later that day", "the previous Friday" are read against the last
// date the text named before them, and against the publication date when
// it named none.
func TestAnaphoraTakeTheDateBefore(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "On May 22, 1995, Vera was made harbour master, and the following year she retired.", "the following year=1996"},
		{"2022-09-10", "In March the pier closed. The following month, the board sold it.", "The following month=2022-04"},
		{"2022-09-10", "She left for Lisbon in June 2019 and came back later that year.", "later that year=2019"},
		{"2022-09-10", "The ferry sank on 3 May 2001. Earlier that day, the crew had reported a leak.", "Earlier that day=2001-05-03"},
		{"2022-09-10", "Freight fell in the second quarter of 2020. Results for that quarter included a write-down.", "that quarter=2020-Q2"},
		{"2022-09-10", "The index closed Friday at 2,082, down 4.5% from the previous Friday.", "the previous Friday=2022-09-02"},
		{"2022-09-10", "The ferry line was sold in 1998; that same year the pier closed.", "that same year=1998"},
		{"2022-09-10", "The board will meet next week and decide the following month.", "the following month=2022-10"},
		{"2022-09-10", "Profits doubled last year.", "last year=2021"},
	})
}

// TestMonthsWithoutACueAndClockDates checks that a month far off that no
// verb places is the past one unless it is a deadline ("through
// February"), that "planned for" looks ahead, and that a time of day takes
// the date written after it.
func TestMonthsWithoutACueAndClockDates(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "In January, a week after the anniversary of the strike, another march through the town.", "January=2022-01"},
		{"2022-09-10", "The bank extended the loan through February.", "February=2023-02"},
		{"2022-09-10", "The opening of the new pier was planned for early March.", "early March=2023-03"},
		{"2022-09-10", "On Friday, she set aside her plans for the holidays.", "Friday=2022-09-09"},
		{"2022-11-02", "The offer was extended until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9=2022-11-09T17:00"},
		{"2022-11-02", "The offer expires at 5 p.m. EST, Nov. 6, 2022, the company said.", "5 p.m. EST, Nov. 6, 2022=2022-11-06T17:00"},
	})
}

// TestCouldAndPartsOfADay checks that "could" is no future ("could not be
// reached Wednesday" is past), that "late yesterday" is yesterday, and the
// parts of a day written before their day or alone.
func TestCouldAndPartsOfADay(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "The harbour master could not be reached on Wednesday.", "Wednesday=2022-09-07"},
		{"2022-09-10", "The mayor said late yesterday that the pier would reopen.", "late yesterday=2022-09-09"},
		{"2022-09-10", "Earlier yesterday, the board had met in private.", "Earlier yesterday=2022-09-09"},
		{"2022-09-10", "In Lisbon at mid-afternoon yesterday, ferry shares were up 2%.", "mid-afternoon yesterday=2022-09-09TAF"},
		{"2022-09-10", "The captain is to appear before a judge at midday.", "midday=2022-09-10T12:00"},
		{"2022-09-10", "By mid afternoon, the police had closed the road.", "mid afternoon=2022-09-10TAF"},
	})
}

// TestWeeksOfDaysDaysBeforeAndNoDates checks "the week of March 6", "the
// day before last Tuesday", "a year-earlier loss", and that an age ("in
// his 30s") and a march that walks are no dates.
func TestWeeksOfDaysDaysBeforeAndNoDates(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "The hearing is set for the week of March 6.", "the week of March 6=2023-W10"},
		{"2022-09-10", "The day before last Tuesday's hearing, the captain went home.", "The day before last Tuesday=2022-09-05"},
		{"2022-09-10", "The day after Tuesday's vote, the board resigned.", "The day after Tuesday=2022-09-07"},
		{"2022-11-02", "It earned $158,000 in the third quarter, compared with a year-earlier loss of $26,000.", "a year-earlier=2021-Q3"},
		{"2022-09-10", "The port closed in the 1990s.", "the 1990s=199"},
	})
	for _, text := range []string{"The captain was in his 30s when he bought the ferry.", "Thousands joined the annual March for Ferries on the quay."} {
		if got := DatesIn("en", text, "2022-09-10"); len(got) > 0 {
			t.Errorf("%q: %+v, want no date", text, got)
		}
	}
}

// TestClockWordsNextDayAndPastDecade checks "4 in the morning", "the next
// day" and "the next morning" after a date, and "the past decade" as ten
// years as "the past three years" is three.
func TestClockWordsNextDayAndPastDecade(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "The ferry will leave at 4 in the morning.", "4 in the morning=2022-09-10T04:00"},
		{"2022-09-10", "The crew came back at 9 in the evening.", "9 in the evening=2022-09-10T21:00"},
		{"2022-09-10", "She was arrested on Aug. 21 and released the next day.", "the next day=2022-08-22"},
		{"2022-09-10", "She was arrested on Aug. 21 and appeared in court the next morning.", "the next morning=2022-08-22TMO"},
		{"2022-09-10", "Threats against the harbour master had become routine over the past decade.", "the past decade=P10Y"},
	})
}

// TestTitlesAndThePastCentury checks that a period in title case is a
// title, no date, and that "the past century" is a hundred years.
func TestTitlesAndThePastCentury(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "It was one of the great harbour disasters of the past century.", "the past century=P100Y"},
		{"2022-09-10", "This week the pier closed.", "This week=2022-W36"},
	})
	for _, text := range []string{`The minister spoke on the broadcaster's "This Week" about the pier.`, "She said on This Week With Ana Ruiz that fares would rise."} {
		for _, x := range DatesIn("en", text, "2022-09-10") {
			t.Errorf("%q: %+v, want no date", text, x)
		}
	}
}

// TestVagueCountsAgoAreThePast checks that "several years ago" is a point
// in the past, not a duration.
func TestVagueCountsAgoAreThePast(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "Support rose from 35 percent several years ago.", "several years ago=PAST_REF"},
		{"2022-09-10", "The machines were removed a few years ago.", "a few years ago=PAST_REF"},
		{"2022-09-10", "The ferry sank three years ago.", "three years ago=2019"},
	})
}

// TestAUnitBeforeLongIsALength reads "day-long" and "weeks-long" as the
// length they name, one unit for a singular, some for a plural.
func TestAUnitBeforeLongIsALength(t *testing.T) {
	checkEnglish(t, []enCase{
		{"2022-09-10", "The ferry crews ended a day-long strike on Friday.", "day-long=P1D"},
		{"2022-09-10", "Residents fear another months-long closure of the harbour road.", "months-long=PXM"},
		{"2022-09-10", "The two towns settled a decades-long quarrel over the bridge tolls.", "decades-long=PXY"},
	})
}

// TestAMarchNamedInQuotationMarksWalks leaves out a march whose name opens
// with a quotation mark, as it does one after "the".
func TestAMarchNamedInQuotationMarksWalks(t *testing.T) {
	for _, text := range []string{
		"Thousands joined the ``March of the Fishermen'' along the quay on Sunday.",
		"Thousands joined the “March for the Harbour” along the quay on Sunday.",
	} {
		for _, x := range DatesIn("en", text, "2022-09-10") {
			if x.Text == "March" {
				t.Errorf("%q: the march read as a month %s (rule %s)", text, x.Value, x.Rule)
			}
		}
	}
	checkEnglish(t, []enCase{{"2022-09-10", "The quay reopened in March after the repairs.", "March=2022-03"}})
}
