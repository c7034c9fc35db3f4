package pdftext

import (
	"regexp"
	"strings"
)

// bandShare is how far from the top or bottom of a page's print, as a share of
// the page's height, a running head, foot or page number may stand.
const bandShare = 0.12

// folioRe is a page number as documents print them: arabic or roman.
var folioRe = regexp.MustCompile(`^(?:\d{1,5}|[ivxlc]{1,7}|[IVXLC]{1,7})$`)

// running finds, on every page, the lines that are the document's running
// heads and feet (repeated on two or more pages in the top or bottom band) and
// its page numbers, and returns the lines without them and each page's
// printed number. A page number stands alone at the very top or bottom, or at
// one end of a running line ("62 MMWR / January 14, 2011 / Vol. 60").
func running(pages [][]line, heights []float64) ([][]line, []string) {
	type cand struct{ whole, lead, trail, leadNum, trailNum string }
	band := make([][]bool, len(pages))
	cands := make([][]cand, len(pages))
	seen := map[string]map[int]bool{}
	count := func(key string, page int) {
		if key == "" {
			return
		}
		if seen[key] == nil {
			seen[key] = map[int]bool{}
		}
		seen[key][page] = true
	}
	for pi, ls := range pages {
		band[pi] = make([]bool, len(ls))
		cands[pi] = make([]cand, len(ls))
		if len(ls) == 0 {
			continue
		}
		top, bottom := ls[0].top, ls[0].bottom
		for _, l := range ls {
			top, bottom = max(top, l.top), min(bottom, l.bottom)
		}
		reach := bandShare * heights[pi]
		for li, l := range ls {
			if l.bottom < top-reach && l.top > bottom+reach {
				continue
			}
			band[pi][li] = true
			words := strings.Fields(strings.ReplaceAll(string(l.text), string(softBreak), "-"))
			c := cand{whole: strings.Join(words, " ")}
			if len(words) > 1 && folioRe.MatchString(words[0]) {
				c.lead, c.leadNum = strings.Join(words[1:], " "), words[0]
			}
			if n := len(words); n > 1 && folioRe.MatchString(words[n-1]) {
				c.trail, c.trailNum = strings.Join(words[:n-1], " "), words[n-1]
			}
			cands[pi][li] = c
			count(c.whole, pi)
			count(c.lead, pi)
			count(c.trail, pi)
		}
	}
	repeated := func(key string) bool { return key != "" && len(seen[key]) >= 2 }
	printed := make([]string, len(pages))
	out := make([][]line, len(pages))
	for pi, ls := range pages {
		edge := edgeRanks(ls)
		for li, l := range ls {
			c := cands[pi][li]
			switch {
			case !band[pi][li]:
				out[pi] = append(out[pi], l)
			case folioRe.MatchString(c.whole) && edge[li] < 3:
				printed[pi] = c.whole
			case edge[li] < 2 && repeated(c.lead):
				printed[pi] = c.leadNum
			case edge[li] < 2 && repeated(c.trail):
				printed[pi] = c.trailNum
			case repeated(c.whole):
			default:
				out[pi] = append(out[pi], l)
			}
		}
	}
	return out, printed
}

// edgeRanks says of each line of a page how many lines stand between it and
// the nearer edge of the page's print: 0 for the highest and the lowest.
func edgeRanks(ls []line) []int {
	ranks := make([]int, len(ls))
	for i, l := range ls {
		above, below := 0, 0
		for _, o := range ls {
			if o.top > l.top {
				above++
			}
			if o.bottom < l.bottom {
				below++
			}
		}
		ranks[i] = min(above, below)
	}
	return ranks
}
