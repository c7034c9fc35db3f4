package models

import (
	"fmt"

	"github.com/factline/factline/models/edtf"
)

// SaidAfter reports whether a claim said on saidOn is dated wholly after
// published, its source's publication: a claim is said by the time it is
// reported, so a later date is that of an event the passage mentions ("the
// session starting Monday"), not when the words were said. A date that may
// fall on or before the publication ("Sep 2022", "by 12 Sep 2022") is not.
func SaidAfter(saidOn, published edtf.Date) bool {
	first, ok := saidOn.Earliest()
	last := published.EndKey()
	return ok && last != "" && first > last
}

// CheckSaidOn refuses in field a said-on date after the source's publication,
// naming both dates and what the later one is for.
func CheckSaidOn(fe FieldErrors, field string, saidOn, published edtf.Date) {
	if SaidAfter(saidOn, published) {
		fe.Add(field, fmt.Sprintf("A claim is said by the time its source reports it (%s): %s is later, so it dates something "+
			"the passage mentions. Give when it was said (e.g. by %s), or cite the later date as an event.",
			published.Display(), saidOn.Display(), published.Display()))
	}
}
