package api

import (
	"fmt"
	"net/http"

	"github.com/factline/factline/views"
	"github.com/factline/factline/web/httpx"
)

// candidate is a stored item that a POST may be a second copy of.
type candidate struct {
	Kind  string `json:"kind"`
	ID    int64  `json:"id"`
	Label string `json:"label"`
	Path  string `json:"path"`
}

// likelyDuplicate is the API's answer to a POST that would create a likely
// duplicate: 409, code likely_duplicate, with the stored candidates; nil
// when there are none. The client creates it anyway with "confirm_new": true.
func likelyDuplicate(o *views.Offer, err error) error {
	if err != nil || o == nil {
		return err
	}
	ae := &statusError{Status: http.StatusConflict, Code: "likely_duplicate",
		Message: o.Question + " Use one of the candidates, or send the same body with \"confirm_new\": true to create it anyway."}
	if o.Take == views.OfferRepeats {
		ae.Message = o.Question + " Send the same body with \"repeats\" set to a candidate's id to record it as a repetition of that claim, or with \"confirm_new\": true to record none."
	}
	for _, it := range o.Items {
		ae.Candidates = append(ae.Candidates, candidate{Kind: string(it.Ref.Kind), ID: it.Ref.ID, Label: it.Label,
			Path: fmt.Sprintf("%s/%ss/%d", httpx.APIPrefix, it.Ref.Kind, it.Ref.ID)})
	}
	return ae
}
