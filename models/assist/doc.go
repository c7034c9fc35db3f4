// Package assist is the extraction assist: what factline proposes from a
// source's text for the researcher to confirm (dates resolved against the
// publication date, quotations with their speakers) and how a proposal fills
// the citation form. It is where the domain meets the NLP of models/extract,
// which neither the domain nor the Store imports: Of(store) proposes from a
// stored source, knowing the Store's actors.
package assist
