package extract

import "testing"

func TestCoordinatedAndIntroducedSubjectsSpeak(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Tom Berger visited the port. He then put on a captain's hat and joked, \"Now I can sail the ferry myself.\"",
			"Now I can sail the ferry myself.", "Tom Berger"},
		{"Ana Ruiz chairs the panel. Eight years ago, she backed Novak over Berger and said, \"He never did anything for the harbour.\"",
			"He never did anything for the harbour.", "Ana Ruiz"},
		{"Here in Dayton, Sam Ortiz stepped up his talk of housing, saying, \"We have got to build homes for everyone.\"",
			"We have got to build homes for everyone.", "Sam Ortiz"},
	})
}

func TestAPrepositionalPhraseIsNotTheSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"As Bishop Aris Hovian of the Harbour Trust told reporters, \"We have waited long enough for the bridge.\"",
			"We have waited long enough for the bridge.", "Aris Hovian"},
		{"Another port official speaking to Harbour News said, \"The cranes were never inspected.\"",
			"The cranes were never inspected.", "Another port official"},
		{"\"The cranes stay shut,\" said Navy Capt. Sam Ortiz, who runs the yard.",
			"The cranes stay shut,", "Sam Ortiz"},
	})
}
