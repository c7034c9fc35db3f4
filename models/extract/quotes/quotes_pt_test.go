package quotes

import "testing"

// The Portuguese cases are sentences written for these tests, one
// construction each: the marks “ ”, « » and " ", the speech verb before its
// subject after a quotation ("disse Chen Xu", "disse ele"), "segundo" and "de
// acordo com", and titles and roles before names ("o porta-voz Chen Xu").

func TestPortugueseQuotations(t *testing.T) { checkSpeakersIn(t, "pt", portugueseQuoteCases) }

var portugueseQuoteCases = []speakerCase{
	{"“Não vamos desistir”, disse Chen Xu na terça-feira.", "Não vamos desistir", "Chen Xu"},
	{"«Ninguém nos avisou da tempestade», afirmou Maria Souza.", "Ninguém nos avisou da tempestade", "Maria Souza"},
	{"\"A estrada fica fechada todo o inverno\", declarou o porta-voz Paulo Lima.", "A estrada fica fechada todo o inverno", "Paulo Lima"},
	{"O ministro Chen Xu afirmou: “O porto reabre na primavera.”", "O porto reabre na primavera.", "Chen Xu"},
	{"“Os números não mentem”, disse ontem o economista Paulo Lima.", "Os números não mentem", "Paulo Lima"},
	{"Maria Souza saiu da sala. “Não há mais nada a dizer”, disse ela.", "Não há mais nada a dizer", "Maria Souza"},
	{"Maria Souza encontrou Paulo Lima na segunda-feira. “Estamos de acordo em quase tudo”, disse ele.", "Estamos de acordo em quase tudo", "Paulo Lima"},
	{"Segundo Maria Souza, “a cidade perdeu tudo na tempestade”.", "a cidade perdeu tudo na tempestade", "Maria Souza"},
	{"De acordo com Paulo Lima, “o dique não aguenta outro inverno”.", "o dique não aguenta outro inverno", "Paulo Lima"},
	{"“O dique não aguenta outro inverno”, segundo um engenheiro da câmara.", "O dique não aguenta outro inverno", "um engenheiro"},
	{"“Vamos ver o que acontece”, afirmou um alto funcionário do governo.", "Vamos ver o que acontece", "um alto funcionário"},
	{"“Vamos ficar muito tempo”, disse o general de três estrelas Paulo Lima.", "Vamos ficar muito tempo", "Paulo Lima"},
	{"“Parece que fugiram”, disse um vizinho acerca dos ladrões.", "Parece que fugiram", "um vizinho"},
	{"Chen Xu, o ministro das Finanças, disse: “Os impostos não vão baixar.”", "Os impostos não vão baixar.", "Chen Xu"},
	{"A ministra Maria Souza visitou o porto. “As obras começam amanhã cedo”, disse a ministra.", "As obras começam amanhã cedo", "Maria Souza"},
	{"“Chegaram tarde”, disse a fonte segunda-feira.", "Chegaram tarde", "a fonte"},
	{"“A primeira parte da declaração é longa.\n\n“E a segunda continua até ao fim”, disse Maria Souza.", "A primeira parte da declaração é longa.", "Maria Souza"},
	{"“Partimos amanhã de manhã”, disse Paulo Lima. “Os barcos estão prontos.”", "Os barcos estão prontos.", "Paulo Lima"},
	{"Maria Souza disse que o porto reabriria. “Estamos prontos.”", "Estamos prontos.", "Maria Souza"},
	{"Maria Souza disse: “A primeira parte é longa.\n\n“A segunda continua.”", "A segunda continua.", "Maria Souza"},
	{"O porto está “fechado até nova ordem”, disse Chen Xu.", "fechado até nova ordem", "Chen Xu"},
	{"Chen Xu deixou a sala, dizendo: “Está tudo dito.”", "Está tudo dito.", "Chen Xu"},
	{"O porta-voz disse: “A ponte é segura para o trânsito.”", "A ponte é segura para o trânsito.", "O porta-voz"},
	{"“Vamos ver o que fazemos”, disse o Presidente perante a imprensa.", "Vamos ver o que fazemos", ""},
	{"“Ninguém sabe nada ainda”, disse ela.", "Ninguém sabe nada ainda", ""},
}

// TestPortugueseTitlesInQuotesAreNoQuotations checks that a few words in
// quotation marks without a cue are a name or a scare quote, not a quotation.
func TestPortugueseTitlesInQuotesAreNoQuotations(t *testing.T) {
	checkNoQuotations(t, "pt", portugueseNoQuotationCases)
}

var portugueseNoQuotationCases = []string{
	"A operação “Cidade Limpa” começa na segunda-feira em todo o bairro.",
}
