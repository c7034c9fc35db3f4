package extract

import (
	"math/bits"
	"testing"
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

// TestEveryQuoteRuleFires checks that each attribution rule decides at
// least one case of the construction tests, so that no rule is left
// without a test that fails when it breaks.
func TestEveryQuoteRuleFires(t *testing.T) {
	firedBy := map[quoteRules]string{}
	note := func(text string, known []Actor) {
		_, fired := quotes(text, known)
		for r := quoteRules(1); r < rulesEnd; r <<= 1 {
			if fired&r != 0 && firedBy[r] == "" {
				firedBy[r] = text
			}
		}
	}
	for _, c := range quoteCases {
		note(c.text, testActors)
	}
	for _, cases := range speakerTables {
		for _, c := range cases {
			note(c.text, nil)
		}
	}
	for r := quoteRules(1); r < rulesEnd; r <<= 1 {
		name, ok := quoteRuleNames[r]
		if !ok {
			name = "number " + itoa(bits.TrailingZeros64(uint64(r)))
			t.Errorf("rule %s has no name in quoteRuleNames", name)
		}
		if firedBy[r] == "" {
			t.Errorf("rule %s fires on no case: add one it decides", name)
		}
	}
}
