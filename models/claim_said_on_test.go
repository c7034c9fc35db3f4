package models

import (
	"strings"
	"testing"

	"github.com/factline/factline/models/edtf"
)

func TestASaidOnDateAfterTheSourcesPublicationIsRefused(t *testing.T) {
	published := edtf.MustParse("2022-09-10")
	for said, refused := range map[string]bool{
		"2022-09-12": true, "2022-09-11": true, "2022-10": true,
		"2022-09-10": false, "2022-09-08": false, "2022-09": false, "../2022-09-12": false, "2022-09-10/2022-09-12": false,
	} {
		fe := FieldErrors{}
		CheckSaidOn(fe, "said_on", edtf.MustParse(said), published)
		if got := fe["said_on"] != ""; got != refused {
			t.Errorf("said on %s, published 10 Sep 2022: refused %v, want %v (%q)", said, got, refused, fe["said_on"])
		}
	}
	fe := FieldErrors{}
	CheckSaidOn(fe, "said_on", edtf.MustParse("2022-09-12"), published)
	if msg := fe["said_on"]; !strings.Contains(msg, "(10 Sep 2022): 12 Sep 2022 is later") || !strings.Contains(msg, "by 10 Sep 2022") {
		t.Errorf("message %q", msg)
	}
	for _, noDate := range []edtf.Date{{}, edtf.MustParse("2022-09-12")} {
		fe := FieldErrors{}
		CheckSaidOn(fe, "said_on", noDate, edtf.Date{})
		if len(fe) != 0 {
			t.Errorf("without a publication date %v is refused: %v", noDate, fe)
		}
	}
}
