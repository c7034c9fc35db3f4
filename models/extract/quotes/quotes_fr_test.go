package quotes

import "testing"

// The French cases are sentences written for these tests, one construction
// each: the marks « » (with no-break spaces), “ ” and " ", a speech verb
// after the quotation with its subject after it ("a déclaré Chen Xu"), a
// subject pronoun joined by hyphens ("dit-elle", "a-t-il ajouté"), "selon",
// titles and roles before names, and "l'" written onto a noun.

func TestFrenchQuotations(t *testing.T) { checkSpeakersIn(t, "fr", frenchQuoteCases) }

var frenchQuoteCases = []speakerCase{
	{"« Nous ne céderons pas », a déclaré Chen Xu mardi.", "Nous ne céderons pas", "Chen Xu"},
	{"« Le port rouvrira au printemps », déclare Chen Xu.", "Le port rouvrira au printemps", "Chen Xu"},
	{"« Les quais sont vides depuis des semaines », affirmait hier le docteur Paul Martin.", "Les quais sont vides depuis des semaines", "Paul Martin"},
	{"Le ministre Chen Xu a déclaré : « Le port rouvrira au printemps. »", "Le port rouvrira au printemps.", "Chen Xu"},
	{"Chen Xu a précisé\u202f: «\u00a0Nous attendrons la décision du tribunal.\u00a0»", "Nous attendrons la décision du tribunal.", "Chen Xu"},
	{"“Tout le monde savait que la digue était fragile”, a expliqué Claire Morel.", "Tout le monde savait que la digue était fragile", "Claire Morel"},
	{"Marie Dupont a répondu à Paul Martin. « Il n'y a plus rien à dire », dit-elle.", "Il n'y a plus rien à dire", "Marie Dupont"},
	{"Paul Martin a pris la parole après Claire Morel. « Rien n'a changé depuis l'été », a-t-il ajouté.", "Rien n'a changé depuis l'été", "Paul Martin"},
	{"Claire Morel a rencontré Paul Martin lundi. « Nous sommes d'accord sur presque tout », a-t-il dit.", "Nous sommes d'accord sur presque tout", "Paul Martin"},
	{"Selon Marie Dupont, « la ville a tout perdu dans la tempête ».", "la ville a tout perdu dans la tempête", "Marie Dupont"},
	{"« La digue ne tiendra pas l'hiver », selon un ingénieur de la mairie.", "La digue ne tiendra pas l'hiver", "un ingénieur"},
	{"« Les chiffres ne mentent jamais », a expliqué l'avocat de la famille.", "Les chiffres ne mentent jamais", "l'avocat"},
	{"L'avocate de Bernard a souligné la bonne foi de son client. « Il ne savait rien », a-t-elle dit.", "Il ne savait rien", ""},
	{"« La séance est ouverte à neuf heures », a déclaré Claire Morel. L'avocate de Bernard, Alexandra Michel, a souligné sa bonne foi. « Il ne savait rien de tout cela », a-t-elle dit.", "Il ne savait rien de tout cela", "Alexandra Michel"},
	{"« Nous attendrons les résultats », a dit la porte-parole du ministère Claire Morel, avant la réunion.", "Nous attendrons les résultats", "Claire Morel"},
	{"« Nous verrons bien ce qui se passera », a indiqué Mme Arbour.", "Nous verrons bien ce qui se passera", "Arbour"},
	{"Chen Xu, le ministre des Finances, a déclaré : « Les impôts ne baisseront pas. »", "Les impôts ne baisseront pas.", "Chen Xu"},
	{"La porte-parole a déclaré : « La route restera fermée toute la semaine. »", "La route restera fermée toute la semaine.", "La porte-parole"},
	{"La ministre Claire Morel a visité le port lundi. « Les travaux commencent demain matin », a déclaré la ministre.", "Les travaux commencent demain matin", "Claire Morel"},
	{"« La première partie de la déclaration est longue.\n\n« Et la seconde la poursuit jusqu'au bout », a déclaré Claire Morel.", "La première partie de la déclaration est longue.", "Claire Morel"},
	{"Claire Morel a déclaré que le port rouvrirait. « Nous sommes prêts. »", "Nous sommes prêts.", "Claire Morel"},
	{"Claire Morel a déclaré : « La première partie est longue.\n\n« La seconde la poursuit. »", "La seconde la poursuit.", "Claire Morel"},
	{"« Nous partirons demain à l'aube », a déclaré Paul Martin. « Les bateaux sont prêts. »", "Les bateaux sont prêts.", "Paul Martin"},
	{"Le port est « fermé » pour tout l'hiver, a déclaré Chen Xu.", "fermé", "Chen Xu"},
	{"Chen Xu a quitté la salle en déclarant : « Tout est dit. »", "Tout est dit.", "Chen Xu"},
	{"Les experts ont affirmé : « La crue sera forte cette année. »", "La crue sera forte cette année.", "Les experts"},
	{"« Nous verrons ce que nous ferons », a déclaré le Président devant la presse.", "Nous verrons ce que nous ferons", ""},
	{"« Personne ne sait encore rien », a-t-il déclaré.", "Personne ne sait encore rien", ""},
}

// TestFrenchTitlesInQuotesAreNoQuotations checks that a few words in
// quotation marks without a cue are a name or a scare quote, not a quotation.
func TestFrenchTitlesInQuotesAreNoQuotations(t *testing.T) {
	checkNoQuotations(t, "fr", frenchNoQuotationCases)
}

var frenchNoQuotationCases = []string{
	"L'opération « village propre » commence lundi dans tout le quartier.",
}
