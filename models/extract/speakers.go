package extract

import "strings"

// attribution is a proposed speaker with the cue that names it.
type attribution struct {
	speaker string
	actor   int64
	cue     string
}

// speechVerbs introduce or follow a quotation.
var speechVerbs = wordSet(`said says say told tells added adds argued argues insisted insists
	stated states warned warns claimed claims noted notes wrote writes asked asks replied replies
	declared declares explained explains recalled recalls conceded concedes admitted admits
	acknowledged acknowledges announced announces remarked responded responds answered answers
	observed observes suggested suggests cautioned cautions complained complains countered
	counters exclaimed predicted predicts maintained maintains stressed stresses urged urges
	promised promises vowed vows joked jokes continued continues shouted tweeted posted`)

// titles come before a name; the value is the gender they tell, if any.
var titles = map[string]string{
	"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": "", "prof": "", "sen": "", "senator": "",
	"gov": "", "governor": "", "rep": "", "gen": "", "president": "", "judge": "", "minister": "",
	"sir": "m", "lord": "m", "lady": "f", "king": "m", "queen": "f",
}

// notNames are capitalised words that start sentences or name no one.
var notNames = wordSet(`the a an but and or so if in on at for from to of by with as it its they
	we i you he she this that these those there here then when while after before officials
	police analysts experts critics residents witnesses sources others many some most one both
	monday tuesday wednesday thursday friday saturday sunday january february march april may
	june july august september october november december yesterday today`)

// organisationWords mark a name as an organisation's.
var organisationWords = wordSet(`inc corp co ltd plc bank ministry department party council
	association agency university group committee union court company commission office service
	church news times post government army force house senate congress parliament board fund
	institute center centre organization organisation federation league club airlines bureau
	embassy republic states kingdom nations foundation network press reuters police`)

// nameLinks join the words of a name: "Maria de Souza", "Bank of England".
var nameLinks = wordSet("de van von bin al of")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// name is a run of tokens naming someone: toks[i:j].
type name struct {
	i, j   int
	text   string
	gender string // "m", "f" or "" from a title
	titled bool
}

func isNameWord(t token) bool {
	return t.kind == tokWord && t.upper && !notNames[t.low] && !speechVerbs[t.low]
}

// readNameForward reads a name starting at toks[i]: an optional title and
// up to four capitalised words ("Mr. Li Chen", "Maria de Souza").
func readNameForward(toks []token, i int) (name, bool) {
	if word(toks, i) == "the" && i+1 < len(toks) && isNameWord(toks[i+1]) {
		i++ // "the Harbour Authority"
	}
	n := name{i: i}
	j := i
	if g, ok := titles[word(toks, j)]; ok && j < len(toks) && toks[j].upper {
		n.gender, n.titled = g, true
		j++
		if word(toks, j) == "." {
			j++
		}
	}
	words := 0
	for j < len(toks) && words < 4 {
		switch {
		case isNameWord(toks[j]):
			words++
			j++
		case words > 0 && nameLinks[toks[j].low] && j+1 < len(toks) && isNameWord(toks[j+1]):
			j++
		case words > 0 && toks[j].low == "-" && j+1 < len(toks) && isNameWord(toks[j+1]) && toks[j].start == toks[j-1].end:
			j++
		default:
			words += 10 // stop
		}
	}
	if j == i || !isNameWord(toks[j-1]) {
		return name{}, false
	}
	n.j = j
	return n, true
}

// readNameBackward reads the longest name ending just before toks[j].
func readNameBackward(toks []token, j int) (name, bool) {
	for i := max(0, j-6); i < j; i++ {
		if n, ok := readNameForward(toks, i); ok && n.j == j {
			return n, true
		}
	}
	return name{}, false
}

// personLike reports whether a name looks like a person's and not an
// organisation's: a title, or no organisation word in it.
func personLike(toks []token, n name) bool {
	if n.titled {
		return true
	}
	for k := n.i; k < n.j; k++ {
		if organisationWords[toks[k].low] {
			return false
		}
	}
	return true
}

// named proposes a written name as speaker when it is clearly a name: a
// known actor, a title, two capitalised words, or a surname met before.
func (a *attributor) named(n name, cue string) (attribution, bool) {
	text := a.nameText(n)
	id, _ := a.actor(text)
	words := n.j - n.i
	if n.titled {
		words = 2
	}
	if id == 0 && words < 2 && !a.knownSurname(n) {
		return attribution{}, false
	}
	return attribution{speaker: text, actor: id, cue: cue}, true
}

// knownSurname reports whether a one-word name was met before as the last
// word of a longer person's name.
func (a *attributor) knownSurname(n name) bool {
	m, ok := a.surnames[strings.ToLower(a.toks[n.i].text)]
	return ok && m.i < n.i
}

// pronoun resolves "he"/"she" at toks[k] to the last person named before it
// whose title does not contradict the pronoun; when another person was named
// in the same sentence as that one, it abstains.
func (a *attributor) pronoun(k int, cue string) (attribution, bool) {
	g := "m"
	if a.toks[k].low == "she" {
		g = "f"
	}
	var found *mention
	for i := a.mentionsBefore(k) - 1; i >= 0; i-- {
		m := &a.mentions[i]
		if !m.person || m.gender != "" && m.gender != g {
			continue
		}
		if k-m.j > 250 {
			break
		}
		if found == nil {
			found = m
			continue
		}
		if m.full != found.full {
			if sameSentence(a.toks, m.j, found.i) {
				return attribution{}, false
			}
			break
		}
	}
	if found == nil {
		return attribution{}, false
	}
	id, _ := a.actor(found.full)
	return attribution{speaker: found.full, actor: id, cue: cue}, true
}

// sameSentence reports whether no sentence ends between toks[i] and toks[j].
func sameSentence(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if isSentenceEnd(toks, k) && toks[k].low != "\"" && toks[k].low != "”" && toks[k].low != "“" {
			return false
		}
	}
	return true
}
