package quotes

import (
	"math/bits"
	"testing"

	"github.com/factline/factline/models/extract/lexicon"
)

// quoteRuleNames name the rules in test reports; every rule needs one.
var quoteRuleNames = map[quoteRules]string{
	ruleTranscript:            "transcript",
	ruleSignOff:               "sign-off",
	ruleByline:                "byline",
	ruleAccordingToAfter:      "according-to-after",
	ruleInvertedAfter:         "inverted-after",
	ruleSubjectAfter:          "subject-after",
	ruleAccordingToBefore:     "according-to-before",
	ruleAbsoluteParticiple:    "absolute-participle",
	ruleInvertedBefore:        "inverted-before",
	ruleSubjectBefore:         "subject-before",
	ruleCoordinated:           "coordinated",
	ruleParticiple:            "participle",
	ruleColonName:             "colon-name",
	ruleColonSubject:          "colon-subject",
	ruleInvertedLater:         "inverted-later",
	ruleSubjectLater:          "subject-later",
	ruleSentenceBefore:        "sentence-before",
	ruleOpensSentenceBefore:   "opens-sentence-before",
	ruleInvertedPronoun:       "inverted-pronoun",
	ruleSameChain:             "same-chain",
	rulePrevious:              "previous",
	ruleChainStart:            "chain-start",
	ruleBothNames:             "both-names",
	ruleModifiedName:          "modified-name",
	ruleModifiedPhrase:        "modified-phrase",
	rulePartyTag:              "party-tag",
	ruleApposedName:           "apposed-name",
	ruleApposition:            "apposition",
	ruleThroughPhrase:         "through-phrase",
	ruleBareSource:            "bare-source",
	ruleDescription:           "description",
	rulePossessive:            "possessive",
	ruleDescriptionAfter:      "description-after",
	ruleDescribedNameAfter:    "described-name-after",
	ruleOpeningPhrase:         "opening-phrase",
	ruleDescribedSubject:      "described-subject",
	ruleNameAfterDescription:  "name-after-description",
	ruleAmbiguousSurname:      "ambiguous-surname",
	ruleAsFor:                 "as-for",
	rulePronounLastSpeaker:    "pronoun-last-speaker",
	rulePronounSpeaks:         "pronoun-speaks",
	rulePronounSubject:        "pronoun-subject",
	rulePronounOnly:           "pronoun-only",
	rulePronounUnresolved:     "pronoun-unresolved",
	ruleDescribedAs:           "described-as",
	ruleTitleAlone:            "title-alone",
	ruleScareQuote:            "scare-quote",
	rulePoll:                  "poll",
	ruleSubordinate:           "subordinate",
	rulePlace:                 "place",
	ruleClauseBefore:          "clause-before",
	rulePrepObject:            "prep-object",
	ruleHeading:               "heading",
	ruleOpeningCapital:        "opening-capital",
	rulePersonOfOrganisation:  "person-of-organisation",
	ruleSpeechSubject:         "speech-subject",
	ruleDescribedFromStart:    "described-from-start",
	ruleSpeaksAfterApposition: "speaks-after-apposition",
	ruleIntroduced:            "introduced",
	ruleApposedToOpening:      "apposed-to-opening",
	ruleSubjectAfterVerb:      "subject-after-verb",
	ruleNamesJoined:           "names-joined",
	ruleNamedRelation:         "named-relation",
}

// speakerTables are the case tables of the construction tests.
var speakerTables = [][]speakerCase{
	coordinatedAndIntroducedSubjectsSpeakCases,
	aPrepositionalPhraseIsNotTheSubjectCases,
	infinitivesAndUnnamedSourcesCases,
	describedSubjectsAndPlacesForPronounsCases,
	subordinateClausesAndTakenUpNamesCases,
	clausesThatAreTheirOwnCueCases,
	cuesAfterExclamationsAndPronounsBeforeCases,
	aPlaceBeforeADescriptionDescribesTheSubjectCases,
	aNameBeforeAPhraseAndAfterThatCases,
	namesThatOnlyModifyCases,
	agreementIsACueCases,
	aSubjectAfterAPlaceAndAnAgeCases,
	pollsAndTitlesNameNoOneCases,
	aPronounSkipsItsSentencesObjectCases,
	surnamesThatAreTitlesAndAdverbsThatAreNotCases,
	anApostropheAloneMakesAPossessiveCases,
	compoundDescriptionsButAndAbsolutePhrasesCases,
	aBylineUnderAQuotationCases,
	appositionsToAnOpeningPhraseCases,
	aPlaceInAnAppositionIsNotTheSpeakerCases,
	subjectsAfterTimePhrasesAndFormerTitlesCases,
	aPronounGoesOnFromItsSentencesSubjectCases,
	surnamesTitlesAndDescriptionsLinkToThePersonCases,
	pronounsResolveToTheLikeliestPersonCases,
	cuesAroundTheQuotationCases,
	unnamedSourcesKeptAsWrittenCases,
	partialQuotationsInsideReportedSpeechCases,
	quotationsOverSeveralParagraphsCases,
	sentenceOpeningCapitalsAreNoNamesCases,
	transcriptsAndSignOffsCases,
	colonIntroductionsNameTheSubjectCases,
	presentTenseCuesAndReportedSpeechCases,
	pronounPrefersTheOneWhoSpeaksCases,
	aSubjectAfterAnOpeningPhraseCases,
}

// quoteCasesIn are the construction tests of the languages besides English:
// their speaker tables and their texts that hold no quotation.
var quoteCasesIn = map[string]struct {
	tables [][]speakerCase
	none   []string
}{
	"de": {[][]speakerCase{germanQuoteCases, germanNounCases}, germanNoQuotationCases},
	"fr": {[][]speakerCase{frenchQuoteCases}, frenchNoQuotationCases},
	"pt": {[][]speakerCase{portugueseQuoteCases}, portugueseNoQuotationCases},
}

// quoteRulesIn are the rules each language besides English reads with its
// own resources, each of which must decide one of its cases. The rules not
// listed read English constructions its resources leave empty (party tags,
// polls, "As for", "'s"), or, in German, a title alone, which German, which
// capitalises every noun, reads as a description ("der Präsident").
var quoteRulesIn = map[string][]quoteRules{
	"de": {ruleAccordingToAfter, ruleInvertedAfter, ruleAccordingToBefore, ruleInvertedBefore, ruleSubjectBefore,
		ruleSentenceBefore, ruleSameChain, rulePrevious, ruleChainStart, ruleApposition, ruleBareSource, ruleDescription,
		ruleDescriptionAfter, rulePronounSubject, rulePronounUnresolved, ruleDescribedAs, ruleScareQuote,
		ruleSpeechSubject, ruleDescribedFromStart, ruleSpeaksAfterApposition, ruleSubjectAfterVerb},
	"fr": {ruleAccordingToAfter, ruleInvertedAfter, ruleAccordingToBefore, ruleSubjectBefore, ruleParticiple,
		ruleInvertedLater, ruleSentenceBefore, ruleInvertedPronoun, ruleSameChain, rulePrevious, ruleChainStart,
		ruleApposition, ruleDescription, ruleDescriptionAfter, rulePronounSubject, rulePronounOnly,
		rulePronounUnresolved, ruleDescribedAs, ruleTitleAlone, ruleScareQuote, ruleSpeechSubject,
		ruleDescribedFromStart, ruleSpeaksAfterApposition, ruleSubjectAfterVerb},
	"pt": {ruleAccordingToAfter, ruleInvertedAfter, ruleAccordingToBefore, ruleSubjectBefore, ruleParticiple,
		ruleSentenceBefore, ruleSameChain, rulePrevious, ruleChainStart, ruleApposition, ruleDescription,
		ruleDescriptionAfter, rulePronounSubject, rulePronounOnly, rulePronounUnresolved, ruleDescribedAs,
		ruleTitleAlone, ruleScareQuote, ruleSpeechSubject, ruleDescribedFromStart, ruleSpeaksAfterApposition,
		ruleSubjectAfterVerb},
}

// TestEveryQuoteRuleFires checks that each attribution rule decides at
// least one case of the construction tests, so that no rule is left
// without a test that fails when it breaks: every rule in some language,
// and in each language besides English every rule it lists in quoteRulesIn.
func TestEveryQuoteRuleFires(t *testing.T) {
	firedBy := map[quoteRules]string{}
	firedIn := map[string]quoteRules{}
	note := func(lang, text string, known []Actor) {
		_, fired := quotes(quoteLanguageOf(lang), text, known)
		firedIn[lang] |= fired
		for r := quoteRules(1); r < rulesEnd; r <<= 1 {
			if fired&r != 0 && firedBy[r] == "" {
				firedBy[r] = text
			}
		}
	}
	for _, c := range quoteCases {
		note("en", c.text, testActors)
	}
	for _, cases := range speakerTables {
		for _, c := range cases {
			note("en", c.text, nil)
		}
	}
	for lang, cases := range quoteCasesIn {
		for _, table := range cases.tables {
			for _, c := range table {
				note(lang, c.text, nil)
			}
		}
		for _, text := range cases.none {
			note(lang, text, nil)
		}
	}
	for r := quoteRules(1); r < rulesEnd; r <<= 1 {
		name, ok := quoteRuleNames[r]
		if !ok {
			name = "number " + lexicon.Itoa(bits.TrailingZeros64(uint64(r)))
			t.Errorf("rule %s has no name in quoteRuleNames", name)
		}
		if firedBy[r] == "" {
			t.Errorf("rule %s fires on no case: add one it decides", name)
		}
	}
	for lang := range quoteLanguages {
		if lang == "en" {
			continue
		}
		rules, ok := quoteRulesIn[lang]
		if !ok || len(quoteCasesIn[lang].tables) == 0 {
			t.Errorf("language %s has no construction tests in quoteCasesIn and quoteRulesIn", lang)
		}
		for _, r := range rules {
			if firedIn[lang]&r == 0 {
				t.Errorf("rule %s fires on no case in %s: add one it decides", quoteRuleNames[r], lang)
			}
		}
	}
}
