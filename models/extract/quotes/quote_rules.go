package quotes

// quoteRules is a set of the attribution rules that fired, one bit a rule.
// An attribution carries the rules that made it and the document collects
// them with the rules that read the names and those that held a reading
// back, so that a test can see which fired on which case
// (TestEveryQuoteRuleFires); in production the set costs an OR where a rule
// decides and is then dropped.
type quoteRules uint64

// Where the cue is: in the quotation, beside it, before it or later in its sentence.
const (
	ruleTranscript          quoteRules = 1 << iota // "OKAFOR: We will not resign."
	ruleSignOff                                    // "…" ― Maria Okafor
	ruleByline                                     // "…" then a line "- Maria Okafor, Kent."
	ruleAccordingToAfter                           // "…," according to the Harbour Authority
	ruleInvertedAfter                              // "…," said Chen
	ruleSubjectAfter                               // "…," Chen said
	ruleAccordingToBefore                          // According to Chen, "…"
	ruleAbsoluteParticiple                         // …, with Senator Tom Berger tweeting that it was a "disaster"
	ruleInvertedBefore                             // Said Tom Berger: "…"; Am Montag sagte Chen: „…“
	ruleSubjectBefore                              // Chen said: "…", Chen said the plan was "a sham"
	ruleCoordinated                                // He then put on a hat and joked, "…"
	ruleParticiple                                 // Chen left the room, saying "…"
	ruleColonName                                  // … surprised pollster Ana Ruiz: "…"
	ruleColonSubject                               // She then turned to the reporters: "…"
	ruleInvertedLater                              // the "new deal" is dead, said Chen
	ruleSubjectLater                               // the "new deal" is dead, Chen said
	ruleSentenceBefore                             // …, Chen said. "We will see."
	ruleOpensSentenceBefore                        // Okafor turned to the crowd. "We will win."
	ruleInvertedPronoun                            // « … », a-t-il déclaré; « … », dit-elle

	// A quotation without a cue of its own takes another's speaker.
	ruleSameChain  // the speaker of the paragraphs it continues
	rulePrevious   // the quotation just before, no one else named between
	ruleChainStart // a chain's first paragraphs take the speaker named at its end

	// How the source phrase before or after the cue is read.
	ruleBothNames            // Chen and Okafor said
	ruleModifiedName         // Aris Hovian of the Harbour Trust told
	ruleModifiedPhrase       // a source speaking to Harbour News said
	rulePartyTag             // Ana Ruiz, D-Ohio, said
	ruleApposedName          // Chen's lawyer, Tom Berger, said; Jane Doyle (D-Ohio), a member…, said
	ruleApposition           // Chen, the minister, said; Chen, who runs the ferry, said
	ruleThroughPhrase        // Chen in his speech on Monday said
	ruleBareSource           // officials said
	ruleDescription          // a spokeswoman said, the group said, l'avocat a déclaré
	rulePossessive           // Chen's lawyer said
	ruleDescriptionAfter     // said a spokeswoman for the group, a déclaré l'avocat de la famille
	ruleDescribedNameAfter   // said a senior Harbour Trust member
	ruleOpeningPhrase        // Here in Dayton, Chen stepped up…, saying
	ruleDescribedSubject     // Harbour Union President Ana Ruiz issued a statement, saying
	ruleNameAfterDescription // a dit la porte-parole de la présidence Catherine Colonna

	// How a source becomes a speaker.
	ruleAmbiguousSurname   // a surname two people share stays as written: "Mrs. Berger"
	ruleAsFor              // As for Chen, he said
	rulePronounLastSpeaker // he: the speaker of the quotation before
	rulePronounSpeaks      // he: of two subjects, the one who spoke
	rulePronounSubject     // he: the one subject named before
	rulePronounOnly        // he: the one person named before
	rulePronounUnresolved  // he: two people equally likely, so no speaker
	ruleDescribedAs        // the mayor: the person described as mayor before
	ruleTitleAlone         // a title or a month alone names no one: "Speaker said"

	// What holds a reading back.
	ruleScareQuote   // three words or fewer without a cue are a title or scare quotes
	rulePoll         // 37 percent of Americans say: a poll, no speaker
	ruleSubordinate  // When Chen suggested …, Ruiz fired back: the cue is Ruiz's
	rulePlace        // Ana Reyes, 30, of Dayton, Ohio, said: Dayton does not speak
	ruleClauseBefore // Chen's name was announced: a clause, no source phrase
	rulePrepObject   // in a box labeled: a phrase after a preposition is no subject

	// How names are read (mentions.go).
	ruleHeading               // CONGRESS HAS INVESTIGATED HIM: a heading, no names
	ruleOpeningCapital        // Sure, …; Although Maria Okafor …: a capital that opens a sentence
	rulePersonOfOrganisation  // David Kessler of Harbour University: a person, then where
	ruleSpeechSubject         // Chen said: the name is the subject of a speech verb
	ruleDescribedFromStart    // Republican Ana Ruiz, …: a subject after words that describe it
	ruleSpeaksAfterApposition // Ana Ruiz, the former mayor, told
	ruleIntroduced            // In her speech on Monday, Ruiz warned
	ruleApposedToOpening      // One delegate, party chairwoman Nancy Vance, pledged
	ruleSubjectAfterVerb      // …," said Tom Berger.
	ruleNamesJoined           // Peter Novak and Tom Berger argued
	ruleNamedRelation         // his wife, Jane,: a first name alone is a person

	rulesEnd // one past the last rule, not a rule
)
