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
