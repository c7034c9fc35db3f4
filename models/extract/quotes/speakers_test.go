package quotes

import "testing"

// speakerCase is a text written for these tests, a quotation in it and the
// speaker it should get ("" where the right answer is to abstain).
type speakerCase struct {
	text, quote, speaker string
}

// checkSpeakers checks each case as a subtest of its own, named by its quotation.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	checkSpeakersIn(t, "en", cases)
}

// checkSpeakersIn is checkSpeakers for texts of the language lang.
func checkSpeakersIn(t *testing.T, lang string, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(caseName(c.quote), func(t *testing.T) {
			found := false
			for _, q := range QuotesIn(lang, c.text, nil) {
				if q.Text != c.quote {
					continue
				}
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%q\nquotation %q: speaker %q, want %q", c.text, c.quote, q.Speaker, c.speaker)
				}
			}
			if !found {
				t.Errorf("%q: quotation %q not found in %+v", c.text, c.quote, QuotesIn(lang, c.text, nil))
			}
		})
	}
}

// checkNoQuotations checks that the texts of the language lang hold no
// quotation: their words in quotation marks are titles or scare quotes.
func checkNoQuotations(t *testing.T, lang string, texts []string) {
	t.Helper()
	for _, text := range texts {
		if got := QuotesIn(lang, text, nil); len(got) != 0 {
			t.Errorf("%q: quotations %+v, want none", text, got)
		}
	}
}

func TestSurnamesTitlesAndDescriptionsLinkToThePerson(t *testing.T) {
	checkSpeakers(t, surnamesTitlesAndDescriptionsLinkToThePersonCases)
}

var surnamesTitlesAndDescriptionsLinkToThePersonCases = []speakerCase{
	{"David Kessler of Harbour University studies tides.\n\n\"The sea is rising faster than we thought,\" Kessler said.",
		"The sea is rising faster than we thought,", "David Kessler"},
	{"The report was written by William K. Reilly. \"Nobody read it,\" Reilly told reporters.",
		"Nobody read it,", "William K. Reilly"},
	{"Mayor Ana Ruiz opened the bridge on Monday. \"It took ten years,\" the mayor said.",
		"It took ten years,", "Ana Ruiz"},
	{"Port Minister Li Chen visited the docks. \"We will pay for the repairs,\" Mr. Chen said.",
		"We will pay for the repairs,", "Li Chen"},
	{"Tom Berger and Peter Berger run the ferry. \"We sold it,\" Mrs. Berger said on Monday.",
		"We sold it,", "Berger"},
	{"\"We will appeal at once,\" Rep. Jane Doyle (D-Ohio), a member of the panel, said.",
		"We will appeal at once,", "Jane Doyle"},
	{"Tom Berger's lawyer, Sam Ortiz, said the fine was \"far too high\" for a small ferry.",
		"far too high", "Sam Ortiz"},
	{"Ana Ruiz, Tom Berger's deputy, said the pier was \"safe again\" after the repairs.",
		"safe again", "Ana Ruiz"},
	{"\"We will not pay,\" former Kent Gov. Ana Ruiz said.", "We will not pay,", "Ana Ruiz"},
	{"\"The roads are closed,\" Harbour police Chief Sam Ortiz said on Monday.",
		"The roads are closed,", "Sam Ortiz"},
	{"Tom Berger and Peter Berger run the ferry. \"We sold it,\" Berger said.", "We sold it,", "Berger"},
}

func TestPronounsResolveToTheLikeliestPerson(t *testing.T) {
	checkSpeakers(t, pronounsResolveToTheLikeliestPersonCases)
}

var pronounsResolveToTheLikeliestPersonCases = []speakerCase{
	{"Maria Okafor met Tom Berger at the port. \"We have no money left,\" she said.",
		"We have no money left,", "Maria Okafor"},
	{"Tom Berger met Maria Okafor at the port. \"We have no money left,\" he said.",
		"We have no money left,", "Tom Berger"},
	{"\"The boats are ready,\" Tom Berger said, thanking Peter Novak for the fuel.\n\n\"We sail at dawn,\" he said.",
		"We sail at dawn,", "Tom Berger"},
	{"China will not work with the office, its envoy Li Chen said on Friday. \"We cannot, on the one hand, call the report fair,\" Chen told the Geneva press club. " +
		"China refused to \"carry on as if nothing had happened\", he said.",
		"carry on as if nothing had happened", "Li Chen"},
	{"Peter Novak and Tom Berger argued all night. \"I will not sign,\" he said.",
		"I will not sign,", ""},
}

func TestCuesAroundTheQuotation(t *testing.T) {
	checkSpeakers(t, cuesAroundTheQuotationCases)
}

var cuesAroundTheQuotationCases = []speakerCase{
	{"Li Chen said about the strike, \"We will not give in to threats.\"",
		"We will not give in to threats.", "Li Chen"},
	{"\"The deal is off,\" Maria Okafor told the council on Tuesday.",
		"The deal is off,", "Maria Okafor"},
	{"The water is unsafe to drink, according to Maria Okafor, who tested it. \"Nobody should drink it,\" she said.",
		"Nobody should drink it,", "Maria Okafor"},
	{"\"Prices will fall,\" according to the Harbour Authority.",
		"Prices will fall,", "Harbour Authority"},
	{"Said Tom Berger: \"Nobody asked us about the new road.\"",
		"Nobody asked us about the new road.", "Tom Berger"},
	{"\"The levy will hold,\" Harbour Commissioner Ana Ruiz, R-Kent., said on Friday.",
		"The levy will hold,", "Ana Ruiz"},
	{"\"We will sue the builder,\" Li Chen and Maria Okafor said in a joint letter.",
		"We will sue the builder,", "Li Chen and Maria Okafor"},
	{"Ana Ruiz called the bridge \"a national shame.\" Tom Berger said he did not agree.",
		"a national shame.", "Ana Ruiz"},
	{"Maria Okafor turned to the crowd on the quay. \"We will win this fight.\"",
		"We will win this fight.", "Maria Okafor"},
	{"Maria Okafor met Tom Berger on the quay. \"We will win this fight.\"",
		"We will win this fight.", ""},
	{"Tom Berger similarly warned that the ferry was \"running on fumes\" all winter.",
		"running on fumes", "Tom Berger"},
	{"Harbour Commissioner Ana Ruiz (R-Kent), said, \"The pier opens on Monday.\"",
		"The pier opens on Monday.", "Ana Ruiz"},
	{"The result did not surprise pollster Ana Ruiz: \"Turnout was low in every ward.\"",
		"Turnout was low in every ward.", "Ana Ruiz"},
	{"Maria Okafor celebrated with the crew, declaring it \"the best season in years.\"",
		"the best season in years.", "Maria Okafor"},
	{"Maria Okafor disagreed: \"It was not so bad for the boats.\"",
		"It was not so bad for the boats.", "Maria Okafor"},
	{"Harbour Union President Ana Ruiz issued a statement, saying the pier \"must reopen at once.\"",
		"must reopen at once.", "Ana Ruiz"},
	{"The dam is safe for now, Ana Ruiz said. \"We checked every gate.\"",
		"We checked every gate.", "Ana Ruiz"},
	{"Ana Ruiz spoke first. The \"new deal\" is dead, said Tom Berger.", "new deal", "Tom Berger"},
	{"Ana Ruiz spoke first. The plan is \"dead in the water\" now, Tom Berger said on Monday.",
		"dead in the water", "Tom Berger"},
}

func TestUnnamedSourcesKeptAsWritten(t *testing.T) {
	checkSpeakers(t, unnamedSourcesKeptAsWrittenCases)
}

var unnamedSourcesKeptAsWrittenCases = []speakerCase{
	{"\"The minister is on holiday,\" a spokeswoman said.", "The minister is on holiday,", "a spokeswoman"},
	{"\"We will march again next week,\" the group said in a statement.", "We will march again next week,", "the group"},
	{"\"The bridge failed every test,\" said a report by the city engineers.", "The bridge failed every test,", "a report"},
}

func TestPartialQuotationsInsideReportedSpeech(t *testing.T) {
	checkSpeakers(t, partialQuotationsInsideReportedSpeechCases)
	for _, q := range Quotes("The boat was named \"Sea Star\" by its first owner.", nil) {
		t.Errorf("a name in quotation marks without a cue is no quotation: %+v", q)
	}
}

var partialQuotationsInsideReportedSpeechCases = []speakerCase{
	{"Maria Okafor said the new tax would \"hurt everyone\" in the valley.", "hurt everyone", "Maria Okafor"},
	{"Tom Berger called the plan \"a sham\" and left.", "a sham", "Tom Berger"},
	{"Li Chen told the panel that the flood was \"very, very serious\" for the town.", "very, very serious", "Li Chen"},
	{"The \"Sea Star\" sailed at dawn. \"We will be back by noon,\" Tom Berger said.", "We will be back by noon,", "Tom Berger"},
}

func TestQuotationsOverSeveralParagraphs(t *testing.T) {
	checkSpeakers(t, quotationsOverSeveralParagraphsCases)
}

var severalParagraphsText = "Maria Okafor said in her statement: \"The port has been closed for a year.\n\n" +
	"\"Nobody has told us when it will open again.\n\n\"We will wait no longer.\""

var quotationsOverSeveralParagraphsCases = []speakerCase{
	{severalParagraphsText, "The port has been closed for a year.", "Maria Okafor"},
	{severalParagraphsText, "Nobody has told us when it will open again.", "Maria Okafor"},
	{severalParagraphsText, "We will wait no longer.", "Maria Okafor"},
}

func TestSentenceOpeningCapitalsAreNoNames(t *testing.T) {
	checkSpeakers(t, sentenceOpeningCapitalsAreNoNamesCases)
}

var sentenceOpeningCapitalsAreNoNamesCases = []speakerCase{
	{"Although Maria Okafor had left early, the meeting went on. \"We will finish tonight,\" she said.",
		"We will finish tonight,", "Maria Okafor"},
	{"Sure, the water went down. \"It ruined us anyway,\" said Tom Berger.", "It ruined us anyway,", "Tom Berger"},
	{"ROTTERDAM — The pier closed again. \"It is the third time this year,\" he said.",
		"It is the third time this year,", ""},
	{"HARBOUR TOWN BURIES ITS PIER\n\n\"We lost the whole season,\" he said.",
		"We lost the whole season,", ""},
	{"Remember the flood of last spring? \"It ruined us,\" he said.", "It ruined us,", ""},
}

func TestTranscriptsAndSignOffs(t *testing.T) {
	checkSpeakers(t, transcriptsAndSignOffsCases)
}

var transcriptsAndSignOffsCases = []speakerCase{
	{"Ana Ruiz spoke to the radio.\n\n\"RUIZ: We will rebuild the bridge.\"", "RUIZ: We will rebuild the bridge.", "Ana Ruiz"},
	{"\"The vote was fair and the count was clean.\" ― Priya Nair", "The vote was fair and the count was clean.", "Priya Nair"},
}

func TestColonIntroductionsNameTheSubject(t *testing.T) {
	checkSpeakers(t, colonIntroductionsNameTheSubjectCases)
}

var colonIntroductionsNameTheSubjectCases = []speakerCase{
	{"Ana Ruiz spoke for an hour. The crowd cheered.\n\nShe then turned to the reporters again: \"Here is what I regret most of all.\"",
		"Here is what I regret most of all.", "Ana Ruiz"},
	{"Tom Berger listed the rules of the club:\n\n\"Nobody swims alone after dark.\"",
		"Nobody swims alone after dark.", "Tom Berger"},
	{"Tom Berger met Peter Novak at the pier. He said one thing to the crowd: \"The pier stays open.\"",
		"The pier stays open.", "Tom Berger"},
	{"Tom Berger left early. The crowd grew quiet before the vote:\n\n\"Nobody swims alone after dark.\"",
		"Nobody swims alone after dark.", ""},
}

func TestPresentTenseCuesAndReportedSpeech(t *testing.T) {
	checkSpeakers(t, presentTenseCuesAndReportedSpeechCases)
}

var presentTenseCuesAndReportedSpeechCases = []speakerCase{
	{"Tom Berger notes that the ferry is \"far too slow\" for the route.", "far too slow", "Tom Berger"},
	{"Ana Ruiz contends that the budget \"cannot survive another winter\" without help.",
		"cannot survive another winter", "Ana Ruiz"},
	{"Sam Ortiz asserted that the port \"will reopen by spring\" at the latest.", "will reopen by spring", "Sam Ortiz"},
}

func TestPronounPrefersTheOneWhoSpeaks(t *testing.T) {
	checkSpeakers(t, pronounPrefersTheOneWhoSpeaksCases)
}

var pronounPrefersTheOneWhoSpeaksCases = []speakerCase{
	{"Tom Berger won the small crowds over with his speeches, Sam Ortiz said.\n\n\"He was sharp and well prepared,\" he said.",
		"He was sharp and well prepared,", "Sam Ortiz"},
	{"Tom Berger sends us too many forms, said Sam Ortiz, a teacher who founded two schools.\n\n\"We fill in forms all day,\" he said.",
		"We fill in forms all day,", "Sam Ortiz"},
	{"Ana Ruiz, who runs the port, said Tom Berger's plan was late.\n\n\"We cannot wait,\" she said.",
		"We cannot wait,", "Ana Ruiz"},
	{"Tom Berger said the crowds were small, and Sam Ortiz said they were loud.\n\n\"He was sharp and well prepared,\" he said.",
		"He was sharp and well prepared,", ""},
}

func TestASubjectAfterAnOpeningPhrase(t *testing.T) {
	checkSpeakers(t, aSubjectAfterAnOpeningPhraseCases)
}

var aSubjectAfterAnOpeningPhraseCases = []speakerCase{
	{"Growing up in Akron, Ana Ruiz often watched the ferries leave.\n\n\"They took our friends away,\" she said.",
		"They took our friends away,", "Ana Ruiz"},
	{"In a speech on Monday, Sam Ortiz praised Tom Berger.\n\n\"He kept the port open,\" he said.",
		"He kept the port open,", "Sam Ortiz"},
	{"Tom Berger, who ran the port, met Sam Ortiz.\n\n\"He kept the port open,\" he said.",
		"He kept the port open,", "Tom Berger"},
}
