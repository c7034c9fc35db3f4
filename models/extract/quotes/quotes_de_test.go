package quotes

import "testing"

// The German cases are sentences written for these tests, one construction
// each: the marks „ “, » « and « », the verb before its subject after a
// quotation ("sagte Chen Xu") and after an opening phrase ("Am Montag sagte
// Chen Xu:"), "laut" and "so", titles before names, and nouns, which German
// capitalises, that are no names ("die Regierung", "der Sprecher").

func TestGermanQuotations(t *testing.T) { checkSpeakersIn(t, "de", germanQuoteCases) }

var germanQuoteCases = []speakerCase{
	{"„Wir geben nicht auf“, sagte Chen Xu am Dienstag.", "Wir geben nicht auf", "Chen Xu"},
	{"»Niemand hat uns gewarnt«, erklärte Angela Weber.", "Niemand hat uns gewarnt", "Angela Weber"},
	{"«Die Straße bleibt den ganzen Winter gesperrt», betonte Landesrat Hans Huber.", "Die Straße bleibt den ganzen Winter gesperrt", "Hans Huber"},
	{"Am Montag sagte Chen Xu den Journalisten: „Der Hafen öffnet im Frühling.“", "Der Hafen öffnet im Frühling.", "Chen Xu"},
	{"Chen Xu sagte der Zeitung: „Der Hafen öffnet im Frühling.“", "Der Hafen öffnet im Frühling.", "Chen Xu"},
	{"Landeshauptmann Arno Kompatscher erklärte: „Das ist ein guter Tag für das Land.“", "Das ist ein guter Tag für das Land.", "Arno Kompatscher"},
	{"„Niemand hat uns gewarnt“, sagte der Sprecher des Ministeriums.", "Niemand hat uns gewarnt", "der Sprecher"},
	{"„Wir warten auf das Urteil“, sagte der Sprecher des Verbandes Hans Huber.", "Wir warten auf das Urteil", "Hans Huber"},
	{"„Geht nach Hause!“, sagte Hans Huber zu den Leuten.", "Geht nach Hause!", "Hans Huber"},
	{"„Die Zahlen lügen nicht“, so Angela Weber.", "Die Zahlen lügen nicht", "Angela Weber"},
	{"„Alles ist fertig und bezahlt“, freute sich Geschäftsführer Hans Huber.", "Alles ist fertig und bezahlt", "Hans Huber"},
	{"Anwältin Angela Weber verließ den Saal. „Wir sehen uns vor Gericht“, so die Anwältin.", "Wir sehen uns vor Gericht", "Angela Weber"},
	{"Nach Angaben von Hans Huber ist der Damm „nicht mehr sicher und muss weg“.", "nicht mehr sicher und muss weg", "Hans Huber"},
	{"Laut Angela Weber ist die Lage „sehr ernst und kaum zu ändern“.", "sehr ernst und kaum zu ändern", "Angela Weber"},
	{"Die Regierung teilte mit: „Wir prüfen den Fall genau.“", "Wir prüfen den Fall genau.", "Die Regierung"},
	{"Angela Weber antwortete Hans Huber. „Das war es für heute“, fügte sie hinzu.", "Das war es für heute", "Angela Weber"},
	{"Hans Huber traf Angela Weber am Hafen. „Wir sind uns in fast allem einig“, sagte er.", "Wir sind uns in fast allem einig", "Hans Huber"},
	{"Ministerin Angela Weber besuchte das Dorf. „Der Bau beginnt morgen früh“, sagte die Ministerin.", "Der Bau beginnt morgen früh", "Angela Weber"},
	{"Chen Xu, der Chef der Hafenbehörde, sagte: „Die Boote bleiben im Hafen.“", "Die Boote bleiben im Hafen.", "Chen Xu"},
	{"„Der erste Teil der Erklärung ist lang.\n\n„Und der zweite führt ihn bis zum Ende fort“, sagte Angela Weber.", "Der erste Teil der Erklärung ist lang.", "Angela Weber"},
	{"„Wir fahren morgen früh los“, sagte Hans Huber. „Die Boote sind bereit.“", "Die Boote sind bereit.", "Hans Huber"},
	{"Angela Weber sagte, der Hafen werde bald öffnen. „Wir sind bereit.“", "Wir sind bereit.", "Angela Weber"},
	{"Angela Weber sagte: „Der erste Teil ist lang.\n\n„Der zweite Teil führt ihn fort.“", "Der zweite Teil führt ihn fort.", "Angela Weber"},
	{"Der Hafen sei „bis auf Weiteres geschlossen“, sagte Chen Xu.", "bis auf Weiteres geschlossen", "Chen Xu"},
	{"Experten warnten: „Das Hochwasser kommt in diesem Jahr früher.“", "Das Hochwasser kommt in diesem Jahr früher.", "Experten"},
	{"„Wir werden sehen, was wir tun“, sagte der Präsident vor der Presse.", "Wir werden sehen, was wir tun", "der Präsident"},
	{"„Noch weiß niemand etwas Genaues“, sagte sie.", "Noch weiß niemand etwas Genaues", ""},
}

// TestGermanNounsAreNoSpeakers checks that a capitalised noun after a
// determiner or a preposition is not read as a name: the speaker of the
// quotation is the person named, not the noun before the verb.
func TestGermanNounsAreNoSpeakers(t *testing.T) { checkSpeakersIn(t, "de", germanNounCases) }

var germanNounCases = []speakerCase{
	{"Hans Huber vom Verband sagt: „Wir sind nicht schuld.“", "Wir sind nicht schuld.", "Hans Huber"},
	{"Unsinn sagte an diesem Abend niemand im Saal. „Das Projekt ist gut.“", "Das Projekt ist gut.", ""},
	{"Musik Bozen: „Das Konzert beginnt heute um acht Uhr.“", "Das Konzert beginnt heute um acht Uhr.", ""},
	{"Mantel zu Boden! „Dann wurde es ganz still“, schrieb er.", "Dann wurde es ganz still", ""},
	{"Solche Entwicklungen machen viele Ärzte froh. „Wir haben es geschafft.“", "Wir haben es geschafft.", ""},
	{"Nach der Sitzung im Rathaus sagte Hans Huber vor der Presse: „Wir bauen die Brücke neu.“", "Wir bauen die Brücke neu.", "Hans Huber"},
	{"Der Bericht der Kommission kam am Abend. „Das Ergebnis ist eindeutig“, sagte Angela Weber.", "Das Ergebnis ist eindeutig", "Angela Weber"},
	{"Im Gespräch mit der Zeitung sagte die Bürgermeisterin: „Wir brauchen Geld.“", "Wir brauchen Geld.", "die Bürgermeisterin"},
}

// TestGermanTitlesInQuotesAreNoQuotations checks that a few words in
// quotation marks without a cue are a name or a scare quote, not a quotation.
func TestGermanTitlesInQuotesAreNoQuotations(t *testing.T) {
	checkNoQuotations(t, "de", germanNoQuotationCases)
}

var germanNoQuotationCases = []string{
	"Die Aktion „Saubere Stadt“ beginnt am Montag im ganzen Viertel.",
}
