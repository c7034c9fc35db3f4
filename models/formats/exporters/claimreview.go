package exporters

import (
	"bufio"
	"context"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/edtf"
)

// ldThing is a schema.org node with a type and a name.
type ldThing struct {
	Type   string `json:"@type"`
	Name   string `json:"name"`
	URL    string `json:"url,omitempty"`
	SameAs string `json:"sameAs,omitempty"`
}

// ldRating is a ClaimReview's reviewRating on factline's 1–5 scale.
type ldRating struct {
	Type              string `json:"@type"`
	RatingValue       int    `json:"ratingValue,omitempty"`
	BestRating        int    `json:"bestRating"`
	WorstRating       int    `json:"worstRating"`
	AlternateName     string `json:"alternateName"`
	RatingExplanation string `json:"ratingExplanation,omitempty"`
}

// ldWork is where a claim appeared: a cited source.
type ldWork struct {
	Type          string   `json:"@type"`
	URL           string   `json:"url,omitempty"`
	Headline      string   `json:"headline"`
	DatePublished string   `json:"datePublished,omitempty"`
	Publisher     *ldThing `json:"publisher,omitempty"`
	Author        *ldThing `json:"author,omitempty"`
}

// ldClaim is the claim a ClaimReview reviews.
type ldClaim struct {
	Type            string   `json:"@type"`
	Author          *ldThing `json:"author,omitempty"`
	DatePublished   string   `json:"datePublished,omitempty"`
	Appearance      []ldWork `json:"appearance,omitempty"`
	FirstAppearance *ldWork  `json:"firstAppearance,omitempty"`
}

// ldClaimReview is one schema.org ClaimReview.
type ldClaimReview struct {
	Context       string   `json:"@context"`
	Type          string   `json:"@type"`
	URL           string   `json:"url"`
	ClaimReviewed string   `json:"claimReviewed"`
	ReviewRating  ldRating `json:"reviewRating"`
	ItemReviewed  ldClaim  `json:"itemReviewed"`
	Author        ldThing  `json:"author"`
	DatePublished string   `json:"datePublished"`
}

// writeClaimReview writes a JSON-LD array with a ClaimReview for every rated
// claim of the timeline and nothing for unrated claims or events. "Unsupported"
// has no place on the 1–5 scale, so it carries alternateName without ratingValue.
func writeClaimReview(ctx context.Context, w *bufio.Writer, x *Export) error {
	l := jsonList{w: w}
	l.open("[")
	err := x.eachEntry(ctx, func(e *models.StreamedEntry) error {
		if e.Kind != models.KindClaim || !e.Rating.Rated() {
			return nil
		}
		return l.add(claimReview(x, e))
	})
	if err != nil {
		return err
	}
	_, err = w.WriteString("\n]\n")
	return err
}

func claimReview(x *Export, e *models.StreamedEntry) ldClaimReview {
	r := ldClaimReview{Context: "https://schema.org", Type: "ClaimReview",
		URL:           x.itemURL(models.KindClaim, e.ItemID),
		ClaimReviewed: e.Title,
		ReviewRating: ldRating{Type: "Rating", RatingValue: e.Rating.Value(), BestRating: 5, WorstRating: 1,
			AlternateName: ratingName(e.Rating), RatingExplanation: e.Rationale},
		ItemReviewed:  ldClaim{Type: "Claim", DatePublished: isoDate(e.Date)},
		Author:        ldThing{Type: "Organization", Name: "factline", URL: x.permalink("/")},
		DatePublished: x.Timeline.UpdatedAt.UTC().Format("2006-01-02"),
	}
	if e.SpeakerName != "" {
		r.ItemReviewed.Author = &ldThing{Type: "Person", Name: e.SpeakerName}
		if e.SpeakerKind == models.Organisation {
			r.ItemReviewed.Author.Type = "Organization"
		}
		if e.SpeakerWikidataID != "" {
			r.ItemReviewed.Author.SameAs = "https://www.wikidata.org/wiki/" + e.SpeakerWikidataID
		}
	}
	seen := map[int64]bool{}
	first, firstKey := -1, ""
	for _, c := range e.Citations {
		if c.Source == nil || seen[c.SourceID] {
			continue
		}
		seen[c.SourceID] = true
		work := ldWork{Type: "CreativeWork", URL: c.Source.URL, Headline: c.Source.Title, DatePublished: isoDate(c.Source.Published)}
		if c.Source.Publisher != "" {
			work.Publisher = &ldThing{Type: "Organization", Name: c.Source.Publisher}
		}
		if c.Source.Author != "" {
			work.Author = &ldThing{Type: "Person", Name: c.Source.Author}
		}
		r.ItemReviewed.Appearance = append(r.ItemReviewed.Appearance, work)
		if key := c.Source.Published.SortKey(); key != "" && (first < 0 || key < firstKey) {
			first, firstKey = len(r.ItemReviewed.Appearance)-1, key
		}
	}
	if first >= 0 {
		r.ItemReviewed.FirstAppearance = &r.ItemReviewed.Appearance[first]
	}
	return r
}

// ratingName is a rating as a reader sees it: "Mostly accurate".
func ratingName(r models.Rating) string {
	s := string(r)
	return strings.ToUpper(s[:1]) + s[1:]
}

// isoDate is a single, unqualified date as ISO 8601 at its precision (2022,
// 2022-09, 2022-09-08 or an instant); "" for ranges and uncertain or
// approximate dates, which schema.org cannot say.
func isoDate(d edtf.Date) string {
	if d.IsZero() || d.IsRange() || d.Uncertain() || d.Approximate() {
		return ""
	}
	return d.String()
}
