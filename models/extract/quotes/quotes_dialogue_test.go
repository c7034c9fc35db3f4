package quotes

import "testing"

// Dialogue dashes and single guillemets, in sentences written for these
// tests: a turn at the start of a line is a quotation up to the incise that
// names its speaker; a dash after a sentence inside quotation marks hands the
// word to someone else, who is not the speaker of the turn before; German
// writes ›…‹ and, in Switzerland, ‹…›.

func TestFrenchDialogueDashes(t *testing.T) {
	checkSpeakersIn(t, "fr", []speakerCase{
		{"Le maire a répondu aux élus.\n— Nous fermerons le pont pendant trois semaines, a déclaré Claire Dumas.",
			"Nous fermerons le pont pendant trois semaines", "Claire Dumas"},
		{"Le maire a répondu aux élus.\n\n— Les bus passeront par la rocade, dit-il.", "Les bus passeront par la rocade", ""},
		{"— Les travaux commencent lundi — a précisé Paul Martin.", "Les travaux commencent lundi", "Paul Martin"},
		{"« Vous fermerez le pont ? — Oui, pendant trois semaines », a répondu Claire Dumas.", "Oui, pendant trois semaines", "Claire Dumas"},
		{"« Vous fermerez le pont ? — Oui, pendant trois semaines », a répondu Claire Dumas.", "Vous fermerez le pont ?", ""},
		{"Paul Martin a demandé : « Fermerez-vous le pont ? — Oui, pendant trois semaines. »", "Fermerez-vous le pont ?", "Paul Martin"},
		{"Paul Martin a demandé : « Fermerez-vous le pont ? — Oui, pendant trois semaines. »", "Oui, pendant trois semaines.", ""},
	})
	checkNoQuotations(t, "fr", []string{
		"Claire Dumas a répondu aux élus.\n\n— Nous fermerons le pont pendant trois semaines.",
		"Le programme :\n— la fermeture du pont, lundi ;\n— la réouverture, en avril.",
	})
}

func TestGermanDialogueDashesAndSingleGuillemets(t *testing.T) {
	checkSpeakersIn(t, "de", []speakerCase{
		{"Der Bürgermeister antwortete den Stadträten.\n– Wir sperren die Brücke für drei Wochen, sagte Jonas Weber.",
			"Wir sperren die Brücke für drei Wochen", "Jonas Weber"},
		{"›Wir sperren die Brücke für drei Wochen‹, sagte Jonas Weber.", "Wir sperren die Brücke für drei Wochen", "Jonas Weber"},
		{"‹Die Busse fahren über die Umgehungsstraße›, sagte Anna Keller.", "Die Busse fahren über die Umgehungsstraße", "Anna Keller"},
		{"„Sperren Sie die Brücke? – Ja, für drei Wochen“, sagte Jonas Weber.", "Ja, für drei Wochen", "Jonas Weber"},
		{"„Sperren Sie die Brücke? – Ja, für drei Wochen“, sagte Jonas Weber.", "Sperren Sie die Brücke?", ""},
		{"Anna Keller fragte: „Sperren Sie die Brücke? – Ja, für drei Wochen.“", "Ja, für drei Wochen.", ""},
	})
	checkNoQuotations(t, "de", []string{
		"Jonas Weber antwortete den Stadträten.\n\n– Wir sperren die Brücke für drei Wochen.",
		"Die Brücke – so der Plan – bleibt drei Wochen gesperrt, sagte Jonas Weber.",
	})
}

func TestPortugueseDialogueDashes(t *testing.T) {
	checkSpeakersIn(t, "pt", []speakerCase{
		{"— Vamos fechar a ponte durante três semanas — disse Ana Ribeiro.", "Vamos fechar a ponte durante três semanas", "Ana Ribeiro"},
		{"A vereadora respondeu aos jornalistas.\n— Os autocarros vão pela circular, disse Ana Ribeiro.", "Os autocarros vão pela circular", "Ana Ribeiro"},
	})
	checkNoQuotations(t, "pt", []string{
		"Ana Ribeiro respondeu aos jornalistas.\n\n— Vamos fechar a ponte durante três semanas.",
	})
}
