package dates

import "testing"

func TestFrenchDates(t *testing.T) {
	checkLang(t, "fr", []dateCase{
		{"Le conseil s'est réuni mardi.", "mardi=1999-05-18", "DATE"},
		{"Le conseil se réunira vendredi.", "vendredi=1999-05-21", "DATE"},
		{"Hier soir, un incendie a détruit la grange.", "Hier soir=1999-05-18TEV", "TIME"},
		{"Le pont rouvrira l'an prochain.", "l'an prochain=2000", "DATE"},
		{"Le pont rouvrira l’an prochain.", "l’an prochain=2000", "DATE"},
		{"Les prix ont augmenté la semaine dernière.", "la semaine dernière=1999-W19", "DATE"},
		{"Le port a fermé le 6 mai dernier.", "le 6 mai dernier=1999-05-06", "DATE"},
		{"Le traité fut signé le 1er juin 1998.", "le 1er juin 1998=1998-06-01", "DATE"},
		{"Le moulin a brûlé il y a deux ans.", "il y a deux ans=1997", "DATE"},
		{"La grève a duré vingt-deux jours.", "vingt-deux jours=P22D", "DURATION"},
		{"Les travaux dureront plus de dix ans.", "plus de dix ans=P10Y", "DURATION"},
		{"Le bac passe chaque semaine.", "chaque semaine=P1W", "SET"},
		{"Les prix sont désormais plus bas.", "désormais=PRESENT_REF", "DATE"},
		{"Le commerce a prospéré dans les années 60.", "les années 60=196", "DATE"},
		{"La séance débutera samedi 22 mai à 20 h 30.", "20 h 30=1999-05-22T20:30", "TIME"},
		{"La séance commence à 19h30.", "19h30=1999-05-19T19:30", "TIME"},
		{"Il neigeait fin décembre.", "fin décembre=1998-12", "DATE"},
		{"Le marché ouvrira à la Pentecôte.", "Pentecôte=1999-05-23", "DATE"},
		{"Le musée ferme cet été.", "cet été=1999-SU", "DATE"},
	})
}

// TestFrenchWordsThatAreNoDates: "été" is also the participle of "être",
// and a count of years after a name is an age.
func TestFrenchWordsThatAreNoDates(t *testing.T) {
	for _, text := range []string{"Le maire a été réélu.", "Jean Dupont, 53 ans, a déclaré forfait.",
		"Un homme âgé de 40 ans a été blessé.", "Marie Curie (67 ans) était présente."} {
		for _, x := range DatesIn("fr", text, publishedWednesday) {
			t.Errorf("%q: %s %q = %s", text, x.Type, x.Text, x.Value)
		}
	}
	checkLang(t, "fr", []dateCase{
		{"Le musée ferme en été.", "en été=1999-SU", "DATE"},
		{"Le contrat court sur 53 ans.", "53 ans=P53Y", "DURATION"},
	})
}
