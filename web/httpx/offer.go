package httpx

import (
	"context"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/duplicates"
	"github.com/factline/factline/views"
)

// Offers of likely duplicates: a form (web) or a POST (web/api) that creates a
// source, event, actor or claim like a stored one is answered with the stored
// ones (docs/API.md, "Likely duplicates"), each as its own answer draws them:
// those the request's viewer may read, whom the handler names
// (duplicates.Of(store).As(Viewer(c))).

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

// SourceOffer is the offer of stored sources like src, nil when there is none.
func SourceOffer(ctx context.Context, find duplicates.Finder, src *models.Source) (*views.Offer, error) {
	if len(src.Validate()) > 0 {
		return nil, nil
	}
	like, err := find.SourceDuplicates(ctx, src)
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

// EventOffer is the offer of stored events like e, nil when there is none.
func EventOffer(ctx context.Context, find duplicates.Finder, e *models.Event, take views.OfferTake) (*views.Offer, error) {
	if len(e.Validate()) > 0 {
		return nil, nil
	}
	like, err := find.EventDuplicates(ctx, e)
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

// ActorOffer is the offer of stored actors like a, nil when there is none.
func ActorOffer(ctx context.Context, find duplicates.Finder, a *models.Actor) (*views.Offer, error) {
	if len(a.Validate()) > 0 {
		return nil, nil
	}
	like, err := find.ActorDuplicates(ctx, a)
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

// RepeatOffer is the offer of stored claims that c may repeat, nil when there
// is none or c names the claim it repeats.
func RepeatOffer(ctx context.Context, find duplicates.Finder, c *models.Claim) (*views.Offer, error) {
	if c.Repeats != 0 || len(c.Validate()) > 0 {
		return nil, nil
	}
	like, err := find.SimilarClaims(ctx, c)
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
