package dates

import "testing"

func TestDetectLanguage(t *testing.T) {
	for text, want := range map[string]string{
		"The council met on Tuesday and said the bridge would reopen next year.":                  "en",
		"Der Stadtrat tagte am Dienstag und sagte, die Brücke werde nächstes Jahr wieder öffnen.": "de",
		"Le conseil s'est réuni mardi et a annoncé que le pont rouvrira l'an prochain.":           "fr",
		"O conselho reuniu-se na terça-feira e disse que a ponte reabre no próximo ano.":          "pt",
		"Rotterdam 2022": "",
	} {
		if got := DetectLanguage(text); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
