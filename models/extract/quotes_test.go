package extract

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

// TestQuoteAttribution measures speaker precision and recall on the cases
// above and keeps them above the floors they reach.
func TestQuoteAttribution(t *testing.T) {
	var proposed, correct, expected, quotes int
	for _, c := range quoteCases {
		got := Quotes(c.text, testActors)
		if len(got) != len(c.speakers) {
			t.Errorf("%q: %d quotations, want %d: %+v", c.text, len(got), len(c.speakers), got)
			continue
		}
		for i, q := range got {
			quotes++
			want := c.speakers[i]
			if want != "" {
				expected++
			}
			if q.Speaker == "" {
				if want != "" {
					t.Logf("missed: %q quote %d, want %q", c.text, i, want)
				}
				continue
			}
			proposed++
			if q.Speaker == want && (c.actors == nil || q.ActorID == c.actors[i]) {
				correct++
			} else {
				t.Logf("wrong: %q quote %d: got %q (actor %d), want %q", c.text, i, q.Speaker, q.ActorID, want)
			}
		}
	}
	precision := 100 * float64(correct) / float64(max(proposed, 1))
	recall := 100 * float64(correct) / float64(max(expected, 1))
	t.Logf("%d quotations: speaker precision %.1f%% (%d/%d), recall %.1f%% (%d/%d)",
		quotes, precision, correct, proposed, recall, correct, expected)
	if quotes < 30 {
		t.Errorf("only %d quotations tested, want at least 30", quotes)
	}
	if precision < 95 || recall < 90 {
		t.Errorf("precision %.1f%%, recall %.1f%%: below the floors 95%% and 90%%", precision, recall)
	}
}
