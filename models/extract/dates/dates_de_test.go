package dates

import (
	"strings"
	"testing"
)

// publishedWednesday is the date of the texts of the language tests:
// Wednesday 19 May 1999.
const publishedWednesday = "1999-05-19"

// checkLang finds each case's "expression=value" in its text read as lang.
func checkLang(t *testing.T, lang string, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		expr, value, _ := strings.Cut(c.want, "=")
		var got []Timex
		found := false
		for _, x := range DatesIn(lang, c.text, publishedWednesday) {
			got = append(got, x)
			if x.Text != expr {
				continue
			}
			found = true
			if x.Value != value || c.typ != "" && x.Type != c.typ {
				t.Errorf("%s %q: %q = %s %s, want %s %s (rule %s)", lang, c.text, expr, x.Type, x.Value, c.typ, value, x.Rule)
			}
		}
		if !found {
			t.Errorf("%s %q: no expression %q in %+v", lang, c.text, expr, got)
		}
	}
}

func TestGermanDates(t *testing.T) {
	checkLang(t, "de", []dateCase{
		{"Der Hafen wurde am 3. März 1998 geschlossen.", "3. März 1998=1998-03-03", "DATE"},
		{"Die Fähre fährt wieder ab dem 12.06.2001.", "12.06.2001=2001-06-12", "DATE"},
		{"Im Jänner 1997 brannte die Mühle.", "Jänner 1997=1997-01", "DATE"},
		{"Der Stadtrat tagte am Dienstag.", "Dienstag=1999-05-18", "DATE"},
		{"Der Stadtrat wird am Freitag tagen.", "Freitag=1999-05-21", "DATE"},
		{"Vergangene Woche stiegen die Preise.", "Vergangene Woche=1999-W19", "DATE"},
		{"Im nächsten Monat öffnet die Brücke.", "nächsten Monat=1999-06", "DATE"},
		{"Der Umsatz fiel im Vorjahr.", "Vorjahr=1998", "DATE"},
		{"Heuer gab es kaum Regen.", "Heuer=1999", "DATE"},
		{"Gestern Abend brannte eine Scheune.", "Gestern Abend=1999-05-18TEV", "TIME"},
		{"Am Dienstagabend brannte eine Scheune.", "Dienstagabend=1999-05-18TEV", "TIME"},
		{"Der Zug fuhr gestern ab.", "gestern=1999-05-18", "DATE"},
		{"Die Sitzung beginnt um 20.30 Uhr.", "20.30 Uhr=1999-05-19T20:30", "TIME"},
		{"Der Streik dauerte drei Wochen.", "drei Wochen=P3W", "DURATION"},
		{"Die Mühle steht seit einundzwanzig Jahren still.", "einundzwanzig Jahren=P21Y", "DURATION"},
		{"Sie stritten jahrelang.", "jahrelang=PXY", "DURATION"},
		{"Die Fähre fährt jeden Tag.", "jeden Tag=P1D", "SET"},
		{"Die Zeitung erscheint täglich.", "täglich=P1D", "SET"},
		{"Die Preise sind jetzt höher.", "jetzt=PRESENT_REF", "DATE"},
		{"Ende Dezember fiel Schnee.", "Ende Dezember=1998-12", "DATE"},
		{"Im Sommer 1998 brach der Damm.", "Sommer 1998=1998-SU", "DATE"},
		{"Die Brücke wurde im 19. Jahrhundert gebaut.", "19. Jahrhundert=18", "DATE"},
		{"Der Markt öffnete zu Pfingsten.", "Pfingsten=1999-05-23", "DATE"},
		{"In den neunziger Jahren boomte der Handel.", "den neunziger Jahren=199", "DATE"},
		{"Der Vertrag wurde im August vorigen Jahres unterzeichnet.", "August vorigen Jahres=1998-08", "DATE"},
	})
	x := DatesIn("de", "Ende Dezember fiel Schnee.", publishedWednesday)
	if len(x) != 1 || x[0].Mod != "END" {
		t.Errorf("Ende Dezember: %+v, want mod END", x)
	}
}

func TestGermanDurationSumsAndResults(t *testing.T) {
	checkLang(t, "de", []dateCase{
		{"Er saß zwei Jahre und drei Monate in Haft.", "zwei Jahre und drei Monate=P2Y3M", "DURATION"},
		{"Die Sitzung dauerte eine Stunde und 20 Minuten.", "eine Stunde und 20 Minuten=PT1H20M", "DURATION"},
	})
	for _, x := range DatesIn("de", "Sieger wurde Huber in 24.26 vor Maier in 24.41.", publishedWednesday) {
		t.Errorf("a race result read as %s %q = %s", x.Type, x.Text, x.Value)
	}
}
