package quotes

import "testing"

var testActors = []Actor{
	{ID: 1, Name: "Li Chen", Aliases: []string{"Minister Chen"}, Kind: "person"},
	{ID: 2, Name: "Maria Okafor", Kind: "person"},
	{ID: 3, Name: "Tom Berger", Kind: "person"},
	{ID: 4, Name: "Anna Berger", Kind: "person"},
	{ID: 5, Name: "Harbour Authority", Aliases: []string{"the Authority"}, Kind: "organisation"},
	{ID: 6, Name: "Ministry of Finance", Kind: "organisation"},
}

// quoteCase is a text written for these tests and the speakers its
// quotations should get, in order ("" where the right answer is to abstain).
type quoteCase struct {
	text     string
	speakers []string
	actors   []int64
}

var quoteCases = []quoteCase{
	{`"We will rebuild the pier by spring," Chen told reporters on Monday.`, []string{"Chen"}, []int64{1}},
	{`Maria Okafor said: "The figures simply do not add up."`, []string{"Maria Okafor"}, []int64{2}},
	{`"Nobody warned us about the storm," said Tom Berger, a fisherman.`, []string{"Tom Berger"}, []int64{3}},
	{`Li Chen opened the meeting. "This port has waited long enough," he said.`, []string{"Li Chen"}, []int64{1}},
	{`"The harbour will stay closed until further notice," according to the Harbour Authority.`, []string{"Harbour Authority"}, []int64{5}},
	{`Mrs. Okafor left early. "It is a sad day for all of us," she said.`, []string{"Okafor"}, []int64{2}},
	{`“Prices rose again in every district,” Okafor wrote in her report.`, []string{"Okafor"}, []int64{2}},
	{`«We shall return with better offers,» Chen declared.`, []string{"Chen"}, []int64{1}},
	{`„The contract is void from the start“, Berger insisted.`, []string{"Berger"}, []int64{0}},
	{"\"The first part of the statement runs long.\n\n\"And the second paragraph carries it on,\" Okafor said.", []string{"Okafor", "Okafor"}, []int64{2, 2}},
	{`"This is simply unacceptable to us," the spokesman said.`, []string{"the spokesman"}, []int64{0}},
	{`Chen met Tom Berger on Friday. "We agreed on nothing at all," he said.`, []string{"Chen"}, []int64{1}},
	{`Officials said: "The bridge is safe for traffic."`, []string{"Officials"}, []int64{0}},
	{`"We lost everything in one night," Anna Berger, a shop owner in the old town, said.`, []string{"Anna Berger"}, []int64{4}},
	{`"First of all," Chen said, "we fix the roads before the rain."`, []string{"Chen", "Chen"}, []int64{1, 1}},
	{`The Ministry of Finance said in a statement: "Spending will fall next year."`, []string{"Ministry of Finance"}, []int64{6}},
	{`"I will not resign over this," Okafor added.`, []string{"Okafor"}, []int64{2}},
	{`"Rates will have to rise soon," warned Dr. Berger.`, []string{"Berger"}, []int64{0}},
	{`"The vote was rigged from the start," claimed Sen. Maria Okafor.`, []string{"Maria Okafor"}, []int64{2}},
	{`"Are we safe in these houses?" asked Li Chen.`, []string{"Li Chen"}, []int64{1}},
	{`Maria Okafor spoke first, then Mr. Berger. "Tomorrow we march on the square," she told the crowd.`, []string{"Maria Okafor"}, []int64{2}},
	{`"Nothing has changed since the summer," the Authority said.`, []string{"Authority"}, []int64{5}},
	{`"We are ready to sail tonight," Tom Berger said on Tuesday. "The boats are all fuelled."`, []string{"Tom Berger", "Tom Berger"}, []int64{3, 3}},
	{`According to Li Chen, "the money has gone to the wrong people."`, []string{"Li Chen"}, []int64{1}},
	{`"We will appeal the ruling at once," said a lawyer for the family.`, []string{"a lawyer"}, []int64{0}},
	{`"Prices are falling faster than expected," says economist Maria Okafor.`, []string{"Maria Okafor"}, []int64{2}},
	{`Tom Berger, who runs the ferry, said: "We have no fuel left."`, []string{"Tom Berger"}, []int64{3}},
	{`"We have to move fast now," Chen said. "The season is short," he added.`, []string{"Chen", "Chen"}, []int64{1, 1}},
	{`The sign read "closed for the winter season until April".`, []string{""}, nil},
	{`"Nobody asked the residents what they wanted," argued Priya Nair, who leads the tenants' group.`, []string{"Priya Nair"}, []int64{0}},
	{`Priya Nair stood up. "The council has ignored us for years," she said. "We will not be ignored again."`, []string{"Priya Nair", "Priya Nair"}, []int64{0, 0}},
	{`"It was the worst flood I have seen," Okafor told the BBC. Chen disagreed. "It was not so bad," he replied.`, []string{"Okafor", "Chen"}, []int64{2, 1}},
	{`"The plan is dead and buried," Berger said.`, []string{"Berger"}, []int64{0}},
	{`"Stop the trucks right now," she shouted.`, []string{""}, nil},
	{`Mr. Berger and Mrs. Okafor left together. "We are done here," he said.`, []string{"Berger"}, []int64{0}},
	{`"Everything is fine at the docks," the Harbour Authority's director said.`, []string{"Harbour Authority's director"}, []int64{0}},
	{`"Please trust the numbers we publish," the Ministry of Finance said in a reply.`, []string{"Ministry of Finance"}, []int64{6}},
}

// TestQuoteAttribution checks every case above on its own: each is a
// subtest that fails when a quotation is missed, found twice, or given
// another speaker or actor, abstentions included.
func TestQuoteAttribution(t *testing.T) {
	for _, c := range quoteCases {
		t.Run(caseName(c.text), func(t *testing.T) {
			got := Quotes(c.text, testActors)
			if len(got) != len(c.speakers) {
				t.Fatalf("%q: %d quotations, want %d: %+v", c.text, len(got), len(c.speakers), got)
			}
			for i, q := range got {
				if q.Speaker != c.speakers[i] || c.actors != nil && q.ActorID != c.actors[i] {
					t.Errorf("%q quotation %d: speaker %q (actor %d), want %q (actor %d)",
						c.text, i, q.Speaker, q.ActorID, c.speakers[i], actorAt(c.actors, i))
				}
			}
		})
	}
}

// caseName names a subtest by the first words of its text.
func caseName(text string) string {
	if r := []rune(text); len(r) > 60 {
		return string(r[:60])
	}
	return text
}

func actorAt(ids []int64, i int) int64 {
	if ids == nil {
		return 0
	}
	return ids[i]
}
