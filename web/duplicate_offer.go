package web

import (
	"context"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/views"
)

// Duplicates are caught where they start (docs/API.md, "Likely duplicates"):
// a form that creates a source, event, actor or claim like a stored one is
// answered 409 with the form as typed and an offer of the stored ones, unless
// it says confirm_new=1 ("Save as new") — or, for a claim, names the claim it
// repeats. Edits and imports are never held up.

// confirmedNew reports whether the researcher chose to save the new item
// whatever it looks like.
func confirmedNew(f views.Form) bool { return f.Get("confirm_new") != "" }

// joinNonEmpty joins the non-empty parts with " · ".
func joinNonEmpty(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, " · ")
}

// sourceOffer is the offer of stored sources like src, nil when there is none.
func (s *Server) sourceOffer(ctx context.Context, src *models.Source) (*views.Offer, error) {
	if len(src.Validate()) > 0 {
		return nil, nil
	}
	like, err := s.store.SourceDuplicates(ctx, src)
	if err != nil || len(like) == 0 {
		return nil, err
	}
	o := &views.Offer{Question: "This source may already exist:"}
	for _, l := range like {
		o.Items = append(o.Items, views.OfferItem{Ref: models.Ref{Kind: models.KindSource, ID: l.ID}, Label: l.Title,
			Detail: joinNonEmpty(l.Publisher, l.Published.Display(), l.URL)})
	}
	return o, nil
}

// eventOffer is the offer of stored events like e, nil when there is none.
func (s *Server) eventOffer(ctx context.Context, e *models.Event, take views.OfferTake) (*views.Offer, error) {
	if len(e.Validate()) > 0 {
		return nil, nil
	}
	like, err := s.store.EventDuplicates(ctx, e)
	if err != nil || len(like) == 0 {
		return nil, err
	}
	o := &views.Offer{Question: "The same event as one already here?", Take: take}
	for _, l := range like {
		o.Items = append(o.Items, views.OfferItem{Ref: models.Ref{Kind: models.KindEvent, ID: l.ID}, Label: l.Title,
			Detail: joinNonEmpty(l.Occurred.Display(), l.Place)})
	}
	return o, nil
}

// actorOffer is the offer of stored actors like a, nil when there is none.
func (s *Server) actorOffer(ctx context.Context, a *models.Actor) (*views.Offer, error) {
	if len(a.Validate()) > 0 {
		return nil, nil
	}
	like, err := s.store.ActorDuplicates(ctx, a)
	if err != nil || len(like) == 0 {
		return nil, err
	}
	o := &views.Offer{Question: "The same " + string(a.Kind) + " as one already here?"}
	for _, l := range like {
		o.Items = append(o.Items, views.OfferItem{Ref: models.Ref{Kind: models.KindActor, ID: l.ID}, Label: l.Name,
			Detail: joinNonEmpty(strings.Join(l.AliasList(), ", "), l.Description)})
	}
	return o, nil
}

// repeatOffer is the offer of stored claims that c may repeat, nil when there
// is none.
func (s *Server) repeatOffer(ctx context.Context, c *models.Claim) (*views.Offer, error) {
	if len(c.Validate()) > 0 {
		return nil, nil
	}
	like, err := s.store.SimilarClaims(ctx, c)
	if err != nil || len(like) == 0 {
		return nil, err
	}
	o := &views.Offer{Question: "A repetition of a claim already here?", Take: views.OfferRepeats}
	for _, l := range like {
		speaker := "unknown speaker"
		if l.Speaker != nil {
			speaker = l.Speaker.Name
		}
		o.Items = append(o.Items, views.OfferItem{Ref: models.Ref{Kind: models.KindClaim, ID: l.ID}, Label: l.Text,
			Detail: joinNonEmpty(speaker, l.SaidOn.Display())})
	}
	return o, nil
}
