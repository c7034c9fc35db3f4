package quotes

import "testing"

func TestCoordinatedAndIntroducedSubjectsSpeak(t *testing.T) {
	checkSpeakers(t, coordinatedAndIntroducedSubjectsSpeakCases)
}

var coordinatedAndIntroducedSubjectsSpeakCases = []speakerCase{
	{"Tom Berger visited the port. He then put on a captain's hat and joked, \"Now I can sail the ferry myself.\"",
		"Now I can sail the ferry myself.", "Tom Berger"},
	{"Ana Ruiz chairs the panel. Eight years ago, she backed Novak over Berger and said, \"He never did anything for the harbour.\"",
		"He never did anything for the harbour.", "Ana Ruiz"},
	{"Here in Dayton, Sam Ortiz stepped up his talk of housing, saying, \"We have got to build homes for everyone.\"",
		"We have got to build homes for everyone.", "Sam Ortiz"},
}

func TestAPrepositionalPhraseIsNotTheSubject(t *testing.T) {
	checkSpeakers(t, aPrepositionalPhraseIsNotTheSubjectCases)
}

var aPrepositionalPhraseIsNotTheSubjectCases = []speakerCase{
	{"As Bishop Aris Hovian of the Harbour Trust told reporters, \"We have waited long enough for the bridge.\"",
		"We have waited long enough for the bridge.", "Aris Hovian"},
	{"Another port official speaking to Harbour News said, \"The cranes were never inspected.\"",
		"The cranes were never inspected.", "Another port official"},
	{"\"The cranes stay shut,\" said Navy Capt. Sam Ortiz, who runs the yard.",
		"The cranes stay shut,", "Sam Ortiz"},
}

func TestInfinitivesAndUnnamedSources(t *testing.T) {
	checkSpeakers(t, infinitivesAndUnnamedSourcesCases)
}

var infinitivesAndUnnamedSourcesCases = []speakerCase{
	{"Ana Ruiz was asked about the delay. Ruiz went on to say she is \"sure\" that the ferry will sail by spring.",
		"sure", "Ana Ruiz"},
	{"The mayor laid flowers at the pier. One man wrote, \"She came far too late to mean it.\"",
		"She came far too late to mean it.", "One man"},
	{"Gov. Sam Ortiz backed the plan on Tuesday, citing its \"firm grasp of the budget\" and its timing.",
		"firm grasp of the budget", "Sam Ortiz"},
}

func TestDescribedSubjectsAndPlacesForPronouns(t *testing.T) {
	checkSpeakers(t, describedSubjectsAndPlacesForPronounsCases)
}

var describedSubjectsAndPlacesForPronounsCases = []speakerCase{
	{"Republican Ana Ruiz, the former harbour master, told The Harbour Times of Kent she would rather vote for Maria Okafor.\n\n\"I am ashamed of the party,\" she said.",
		"I am ashamed of the party,", "Ana Ruiz"},
	{"Maria Okafor spoke to reporters in New Mexico on Friday.\n\n\"We will not give up the port,\" she said.",
		"We will not give up the port,", "Maria Okafor"},
}

func TestSubordinateClausesAndTakenUpNames(t *testing.T) {
	checkSpeakers(t, subordinateClausesAndTakenUpNamesCases)
}

var subordinateClausesAndTakenUpNamesCases = []speakerCase{
	{"Maria Okafor spoke first. As for Tom Berger, he said he was not worried. \"We have the votes, and we will keep them,\" he said.",
		"We have the votes, and we will keep them,", "Tom Berger"},
	{"When Tom Berger suggested the port would sue the city, Maria Okafor fired back: \"If they sue us, they will lose.\"",
		"If they sue us, they will lose.", "Maria Okafor"},
	{"Maria Okafor criticised Tom Berger's repeated calls to close the port, noting he has \"given nothing\" to the town.",
		"given nothing", "Maria Okafor"},
	{"Tom Berger tried to laugh it off by interjecting, \"Only on Sundays.\"", "Only on Sundays.", "Tom Berger"},
	{"Tom Berger spoke first. As for Peter Novak, he said: \"We have the votes.\"", "We have the votes.", "Peter Novak"},
}

func TestClausesThatAreTheirOwnCue(t *testing.T) {
	checkSpeakers(t, clausesThatAreTheirOwnCueCases)
}

var clausesThatAreTheirOwnCueCases = []speakerCase{
	{"As Ana Ruiz, the harbour master, put it: \"This ferry will not sail again.\"",
		"This ferry will not sail again.", "Ana Ruiz"},
	{"When Sam Ortiz, the mayor's adviser, was asked about the port, he laughed and said, \"We will see.\"",
		"We will see.", "Sam Ortiz"},
	{"Tom Berger expects the vote soon. If the plan fails, he said, the town can still pass a smaller one with \"a strong vote from both sides.\"",
		"a strong vote from both sides.", "Tom Berger"},
}

func TestCuesAfterExclamationsAndPronounsBefore(t *testing.T) {
	checkSpeakers(t, cuesAfterExclamationsAndPronounsBeforeCases)
}

var cuesAfterExclamationsAndPronounsBeforeCases = []speakerCase{
	{"\"Full steam ahead!\" Rep. Ana Ruiz, D-Ohio, said of the new ferry.", "Full steam ahead!", "Ana Ruiz"},
	{"Tom Berger will not vote for the plan. Also, the plan is too costly, he said. \"It is a waste of money!\"",
		"It is a waste of money!", "Tom Berger"},
	{"Ana Ruiz spoke in Kent. Asked which port was her favourite, she demurred: \"Whichever one I am in.\"",
		"Whichever one I am in.", "Ana Ruiz"},
}

func TestAPlaceBeforeADescriptionDescribesTheSubject(t *testing.T) {
	checkSpeakers(t, aPlaceBeforeADescriptionDescribesTheSubjectCases)
}

var aPlaceBeforeADescriptionDescribesTheSubjectCases = []speakerCase{
	{"Kent delegate Sam Ortiz, wearing a hat covered in ferry badges, said he is proud of the campaign. \"It is run the old way,\" he said.",
		"It is run the old way,", "Sam Ortiz"},
}

func TestANameBeforeAPhraseAndAfterThat(t *testing.T) {
	checkSpeakers(t, aNameBeforeAPhraseAndAfterThatCases)
}

var aNameBeforeAPhraseAndAfterThatCases = []speakerCase{
	{"Tom Berger in his speech on Monday called the harbour owners \"crooks\" and left.", "crooks", "Tom Berger"},
	{"It was only last year that Ana Ruiz, who now runs the port, said the plan was \"impossible\" to afford.",
		"impossible", "Ana Ruiz"},
}

func TestNamesThatOnlyModify(t *testing.T) {
	checkSpeakers(t, namesThatOnlyModifyCases)
}

var namesThatOnlyModifyCases = []speakerCase{
	{"\"The ferry will sink,\" said a senior Harbour Trust member who asked not to be named.", "The ferry will sink,", "a senior Harbour Trust member"},
	{"\"The ferry is safe,\" Maria Okafor of the Harbour Trust wrote in May.\n\nBut, she noted, \"a new hull would cost more than the port earns.\"",
		"a new hull would cost more than the port earns.", "Maria Okafor"},
}

func TestAgreementIsACue(t *testing.T) {
	checkSpeakers(t, agreementIsACueCases)
}

var agreementIsACueCases = []speakerCase{
	{"\"Our idea of a good port has changed,\" agrees Maria Okafor, 30, of Kent.", "Our idea of a good port has changed,", "Maria Okafor"},
}

func TestASubjectAfterAPlaceAndAnAge(t *testing.T) {
	checkSpeakers(t, aSubjectAfterAPlaceAndAnAgeCases)
}

var aSubjectAfterAPlaceAndAnAgeCases = []speakerCase{
	{"At a rally in Dayton, Ohio, 62-year-old Ana Ruiz also railed against the ferry fares. \"They should be cut by half,\" she said.",
		"They should be cut by half,", "Ana Ruiz"},
}

func TestPollsAndTitlesNameNoOne(t *testing.T) {
	checkSpeakers(t, pollsAndTitlesNameNoOneCases)
}

var pollsAndTitlesNameNoOneCases = []speakerCase{
	{"The poll also finds that 37 percent of Americans say the port is \"run badly by the council\" today.", "run badly by the council", ""},
	{"\"We will vote no,\" Speaker said.", "We will vote no,", ""},
	{"The note was found in a box labeled \"Do not open before the storm.\"", "Do not open before the storm.", ""},
	{"The pier had been declared \"unsafe for anyone to walk on\" by May.", "unsafe for anyone to walk on", ""},
}

func TestAPronounSkipsItsSentencesObject(t *testing.T) {
	checkSpeakers(t, aPronounSkipsItsSentencesObjectCases)
}

var aPronounSkipsItsSentencesObjectCases = []speakerCase{
	{"Tom Berger said he may campaign for the ferry. At a round-table interview with Harbour Politics, he said the fares are \"far too high for anyone.\"",
		"far too high for anyone.", "Tom Berger"},
}

func TestSurnamesThatAreTitlesAndAdverbsThatAreNot(t *testing.T) {
	checkSpeakers(t, surnamesThatAreTitlesAndAdverbsThatAreNotCases)
}

var surnamesThatAreTitlesAndAdverbsThatAreNotCases = []speakerCase{
	{"\"The hearing told us nothing new,\" King said.", "The hearing told us nothing new,", "King"},
	{"Ana Ruiz spoke in May. Later in the summer, she revised her statement, saying the fares were \"set too high by the board.\"",
		"set too high by the board.", "Ana Ruiz"},
}

func TestAnApostropheAloneMakesAPossessive(t *testing.T) {
	checkSpeakers(t, anApostropheAloneMakesAPossessiveCases)
}

var anApostropheAloneMakesAPossessiveCases = []speakerCase{
	{"Ana Reyes raised more than ever. \"This campaign belongs to the town,\" Tom Berger, Reyes' campaign manager, said in a statement.",
		"This campaign belongs to the town,", "Tom Berger"},
	{"\"We will sail on time,\" Sam Ortiz, Harris’ deputy, said.", "We will sail on time,", "Sam Ortiz"},
	{"Tom Harris’ spokesman said the fares were \"too high\" to defend.", "too high", "Tom Harris’ spokesman"},
}

func TestCompoundDescriptionsButAndAbsolutePhrases(t *testing.T) {
	checkSpeakers(t, compoundDescriptionsButAndAbsolutePhrasesCases)
}

var compoundDescriptionsButAndAbsolutePhrasesCases = []speakerCase{
	{"Harbour front-runner Ana Ruiz, also campaigning in Kent, said Berger is to blame and accused him of \"stirring up the crowd.\"",
		"stirring up the crowd.", "Ana Ruiz"},
	{"Ana Ruiz, who was speaking to the Kent Council of Mayors, did not mention Berger by name, but told the mayors that ports need leaders \"who put the town first.\"",
		"who put the town first.", "Ana Ruiz"},
	{"Ana Ruiz lost the vote. Republicans were quick to weigh in, with Senator Tom Berger tweeting that it was a \"disaster\" for her.",
		"disaster", "Tom Berger"},
	{"Both issued a statement – Ruiz saying she was \"very pleased\" and Berger calling it a \"good start.\"",
		"good start.", "Berger"},
}

func TestABylineUnderAQuotation(t *testing.T) {
	checkSpeakers(t, aBylineUnderAQuotationCases)
}

var aBylineUnderAQuotationCases = []speakerCase{
	{"The debate was lively.\n\n\"I went to the harbour before the storm.\"\n\n- Ana Ruiz.\n\nRuiz tends to overstate her visit.",
		"I went to the harbour before the storm.", "Ana Ruiz"},
	{"Quotable.\n\n\"The whole idea is something we hear all the time.\"\n\n-Maria Okafor, Kent.",
		"The whole idea is something we hear all the time.", "Maria Okafor"},
	{"Berger has called the mayor \"my friend from Kent.\"\n\n- Harbour News.",
		"my friend from Kent.", "Berger"},
}

func TestAppositionsToAnOpeningPhrase(t *testing.T) {
	checkSpeakers(t, appositionsToAnOpeningPhraseCases)
}

var appositionsToAnOpeningPhraseCases = []speakerCase{
	{"Ana Ruiz and Maria Okafor met on Monday. One delegate, Kent party chairwoman Nancy Vance, pledged her vote to Ruiz in an effort to end the race.\n\n\"We really need to bring this race to a close,\" she said.",
		"We really need to bring this race to a close,", "Nancy Vance"},
	{"Tom Berger spoke at the pier. But his wife, Jane, offered a preview of his thinking in an interview with Harbour News.\n\n\"If he wins, he wants to keep this going,\" she said.",
		"If he wins, he wants to keep this going,", "Jane"},
	{"Ana Reyes ran to the pier. After the storm, Charlotte was calm again.\n\n\"We were lucky,\" she said.",
		"We were lucky,", "Ana Reyes"},
}

func TestAPlaceInAnAppositionIsNotTheSpeaker(t *testing.T) {
	checkSpeakers(t, aPlaceInAnAppositionIsNotTheSpeakerCases)
}

var aPlaceInAnAppositionIsNotTheSpeakerCases = []speakerCase{
	{"\"I like the ferry,\" Ana Reyes, 30, of Dayton, Ohio, said. \"It is cheap.\"", "It is cheap.", "Ana Reyes"},
	{"\"Both of them scare me,\" Harry Vance, 30, of Kent, N.C., who was among those polled, said in an interview.",
		"Both of them scare me,", "Harry Vance"},
	{"The head of the Harbour Trust, Maria Okafor, warned that a ban would be \"wrong for the town.\"",
		"wrong for the town.", "Maria Okafor"},
}

func TestSubjectsAfterTimePhrasesAndFormerTitles(t *testing.T) {
	checkSpeakers(t, subjectsAfterTimePhrasesAndFormerTitlesCases)
}

var subjectsAfterTimePhrasesAndFormerTitlesCases = []speakerCase{
	{"\"We will not back down,\" said Ron Vance, the party chairman.\n\nJust a few months ago, Kent developer Tom Berger expressed dismay at the plan. \"I kept telling myself that it cannot happen,\" he told the Harbour Times.",
		"I kept telling myself that it cannot happen,", "Tom Berger"},
	{"\"We will not back down,\" said Ron Vance, the party chairman.\n\nFormer Kent governor Ed Rendor, one of Ruiz's loudest backers, was even more resolute.\n\n\"Absolutely not,\" he said of the idea.",
		"Absolutely not,", "Ed Rendor"},
	{"Tom Berger spoke after Joe Vance. Repeating a line from his speech, Vance rubbished Berger's claim.\n\n\"It is a bunch of nonsense,\" he said.",
		"It is a bunch of nonsense,", "Joe Vance"},
}

func TestAPronounGoesOnFromItsSentencesSubject(t *testing.T) {
	checkSpeakers(t, aPronounGoesOnFromItsSentencesSubjectCases)
}

var aPronounGoesOnFromItsSentencesSubjectCases = []speakerCase{
	{"Lance Berger, 49, a Navy veteran, said Ana Ruiz should be ready for questions. He attended the rally, though he is still not sure whether he will vote for Ruiz or Kent Sen. Sam Ortiz.\n\n\"I ask my wife, is she ready?\" he said.",
		"I ask my wife, is she ready?", "Lance Berger"},
	{"The actress said she was tired of money from Wall Street.\n\nShe appeared to imply that Berger could bring more upheaval than Ruiz.\n\n\"Some people feel it will all explode,\" she said.",
		"Some people feel it will all explode,", ""},
}
