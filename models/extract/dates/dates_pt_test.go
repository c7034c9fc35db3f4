package dates

import "testing"

func TestPortugueseDates(t *testing.T) {
	checkLang(t, "pt", []dateCase{
		{"O conselho reuniu-se na terça-feira.", "terça-feira=1999-05-18", "DATE"},
		{"O conselho vai reunir-se na sexta-feira.", "sexta-feira=1999-05-21", "DATE"},
		{"Os preços subiram na semana passada.", "semana passada=1999-W19", "DATE"},
		{"O moinho ardeu há dois anos.", "há dois anos=1997", "DATE"},
		{"A ponte abriu em 3 de março de 1998.", "3 de março de 1998=1998-03-03", "DATE"},
		{"A ponte abriu em março de 1998.", "março de 1998=1998-03", "DATE"},
		{"O lucro caiu no terceiro trimestre.", "terceiro trimestre=1998-Q3", "DATE"},
		{"A greve durou vinte e quatro dias.", "vinte e quatro dias=P24D", "DURATION"},
		{"A greve durou mais de dez anos.", "mais de dez anos=P10Y", "DURATION"},
		{"O barco parte cada semana.", "cada semana=P1W", "SET"},
		{"Os preços estão agora mais baixos.", "agora=PRESENT_REF", "DATE"},
		{"O comércio cresceu nos anos 90.", "anos 90=199", "DATE"},
		{"O porto fechou ontem.", "ontem=1999-05-18", "DATE"},
		{"A fábrica fechou no início deste mês.", "início deste mês=1999-05", "DATE"},
		{"O acordo foi assinado em 02/11/98.", "02/11/98=1998-11-02", "DATE"},
		{"A feira abre no próximo ano.", "próximo ano=2000", "DATE"},
	})
}

// TestPortugueseWordsThatAreNoDates: a count of years after a name is an
// age, and an adjective ("futuros", "diários") names no time.
func TestPortugueseWordsThatAreNoDates(t *testing.T) {
	for _, text := range []string{"João Silva, 58 anos, foi detido.", "Um homem de 40 anos ficou ferido.",
		"Os futuros contratos foram assinados.", "Os jornais diários publicaram a notícia."} {
		for _, x := range DatesIn("pt", text, publishedWednesday) {
			t.Errorf("%q: %s %q = %s", text, x.Type, x.Text, x.Value)
		}
	}
	checkLang(t, "pt", []dateCase{
		{"Ninguém sabe o que o futuro trará.", "o futuro=FUTURE_REF", "DATE"},
		{"Os preços subiram nas últimas semanas.", "últimas semanas=PAST_REF", "DATE"},
	})
}
