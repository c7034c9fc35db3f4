package extract

import "strings"

// speechVerbs cue a quotation: the speaker is their subject.
var speechVerbs = wordSet(`said says say saying told tells telling added adds adding argued
	argues arguing insisted insists stated warned warns warning claimed noted
	noting wrote writes writing asked asks replied replies declared declares explained explains
	recalled recalls conceded concedes admitted admits acknowledged acknowledges announced
	announces remarked responded responds answered answers observed observes suggested suggests
	cautioned cautions complained complains countered counters exclaimed predicted predicts
	maintained maintains stressed stresses urged urges promised promises vowed vows joked jokes
	continued continues shouted tweeted posted quipped boasted bragged lamented pledged
	testified charged alleged concluded emphasized emphasised mused yelled reported reads citing
	interjecting replying responding tweeting quipping shouting agreed agrees screamed
	demanded wondered scolded retorted snapped recounted reiterated echoed confirmed denied
	pressed questioned opined chimed commented reports beamed fumed barked gushed surmised
	bemoaned assured griped scoffed raged marveled marvelled reasoned sniped indicated pondered
	declaring insisting claiming suggesting explaining promising urging recalling acknowledging
	admitting vowing boasting joking complaining announcing stressing
	called calling described describes describing dubbed labeled labelled branded termed
	accused accuses praised slammed blasted criticized criticised referred condemned likened
	hailed rated ruled exhorted chanted compared cited accuse touted decried dismissed
	denounced deemed calls notes asserted asserts contends contended emailed`)

// invertible speech verbs may stand before their subject after a quotation: `," said Chen`.
var invertible = wordSet(`said says added adds asked asks wrote writes continued continues
	explained recalled replied responded answered noted insisted argued declared warned stated
	tweeted posted concluded remarked observed countered cautioned admitted acknowledged
	predicted quipped joked recalls notes explains claimed demanded agreed agrees`)

// participles cue a quotation whose speaker is the subject of the clause: "…, saying".
var participles = wordSet(`saying adding telling calling writing arguing noting describing
	warning asking declaring insisting claiming suggesting explaining promising urging recalling
	acknowledging admitting vowing boasting joking complaining announcing stressing citing
	interjecting replying responding tweeting quipping shouting`)

// partialCues introduce only words quoted inside reported speech ("called it a "sham"").
var partialCues = wordSet(`called calling described describes describing dubbed labeled
	labelled branded termed accused accuses praised slammed blasted criticized criticised referred
	condemned likened hailed rated ruled exhorted chanted compared cited accuse touted
	decried dismissed denounced deemed calls`)

// verbFillers stand between a subject and its speech verb: "Chen also said".
var verbFillers = wordSet(`also later then again previously once has had have would will did
	does recently repeatedly reportedly simply further quickly publicly privately frequently often
	never even still earlier now just first initially subsequently separately angrily flatly
	monday tuesday wednesday thursday friday saturday sunday yesterday today tonight`)

// pronouns that may name a speaker, with the gender they tell.
var pronounGender = map[string]string{"he": "m", "she": "f"}

// titles come before a name; the value is the gender they tell, if any.
var titles = map[string]string{
	"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": "", "prof": "", "sen": "", "sens": "", "senator": "",
	"gov": "", "governor": "", "rep": "", "reps": "", "gen": "", "president": "", "judge": "", "minister": "",
	"sir": "m", "lord": "m", "lady": "f", "king": "m", "queen": "f", "pope": "m", "rev": "",
	"secretary": "", "director": "", "chairman": "m", "chairwoman": "f", "chair": "", "chief": "",
	"attorney": "", "general": "", "mayor": "", "speaker": "", "leader": "", "ambassador": "",
	"commissioner": "", "ceo": "", "spokesman": "m", "spokeswoman": "f", "spokesperson": "",
	"manager": "", "adviser": "", "advisor": "", "sheriff": "", "deputy": "", "lt": "", "col": "",
	"sgt": "", "capt": "", "officer": "", "correspondent": "", "host": "", "anchor": "",
	"candidate": "", "nominee": "", "founder": "", "executive": "", "editor": "", "professor": "",
	"coach": "", "pastor": "", "vice": "", "justice": "", "chancellor": "", "premier": "",
	"bishop": "", "archbishop": "", "cardinal": "", "rabbi": "", "imam": "",
	"prince": "m", "princess": "f", "representative": "", "congressman": "m", "congresswoman": "f",
	"councilman": "m", "councilwoman": "f", "lawmaker": "", "strategist": "", "pollster": "",
	"analyst": "", "economist": "", "aide": "", "counsel": "", "superintendent": "", "commander": "",
	"del": "",
}

// descNouns describe a person before or beside the name ("billionaire Tom
// Berger", "Tom Berger, the mayor,") so that "the billionaire" finds him.
var descNouns = wordSet(`nominee candidate billionaire businessman businesswoman mogul
	lawyer attorney official doctor author writer reporter journalist actress actor singer star
	rapper activist mother father son daughter wife husband mayor governor senator president
	secretary spokesman spokeswoman spokesperson minister ambassador chairman chairwoman director
	chief leader speaker judge sheriff commissioner congressman congresswoman lawmaker strategist
	pollster economist professor analyst adviser advisor aide manager founder executive host
	anchor correspondent editor general officer premier chancellor king queen prince princess
	democrat republican candidate veteran`)

// notNames are capitalised words that start sentences or name no one.
var notNames = wordSet(`the a an but and or so if in on at for from to of by with as it its they
	we i you he she his her this that these those there here then when while after before
	officials police analysts experts critics residents witnesses sources others many some most
	one both monday tuesday wednesday thursday friday saturday sunday january february march
	april may june july august september october november december yesterday today although
	though however meanwhile still yet sure remember instead also even now just what why how
	where who which whether asked speaking according despite during until unless because since
	like unlike perhaps maybe indeed well yes no oh please thank thanks let our my your their
	not every each all any democratic democrat republican american later earlier two three four five six seven
	eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousands dozens several few`)

// organisationWords mark a name as an organisation's.
var organisationWords = wordSet(`inc corp co ltd plc bank ministry department party council
	association agency university group committee union court company commission office service
	church news times post government army force house senate congress parliament board fund
	institute center centre organization organisation federation league club airlines bureau
	embassy republic states kingdom nations foundation network press reuters police campaign
	journal tribune magazine school college hospital administration coalition alliance project
	fbi cia cnn nbc abc cbs msnbc fox bbc npr nyt pac gop`)

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
	gender string // "m", "f" or "" from a title
	titled bool
}

func isNameWord(t token) bool {
	return t.kind == tokWord && t.upper && !notNames[t.low] && !speechVerbs[t.low]
}

// isInitial reports whether toks[k] is a middle initial: "K" followed by ".".
func isInitial(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].kind == tokWord && len(toks[k].text) == 1 && toks[k].upper &&
		toks[k+1].low == "." && isNameWord(toks[k+2])
}

// readNameForward reads a name starting at toks[i]: an optional title and
// up to five capitalised words ("Mr. Li Chen", "William K. Reilly", "Maria de Souza").
func readNameForward(toks []token, i int) (name, bool) {
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
	for j < len(toks) && words < 5 {
		switch {
		case words > 0 && isInitial(toks, j):
			j += 2
		case words > 0 && toks[j].low == "." && abbreviations[toks[j-1].low] && j+1 < len(toks) && isNameWord(toks[j+1]):
			j++ // "Former Arizona Gov. Jan Brewer"
		case isNameWord(toks[j]):
			words++
			j++
		case words > 0 && nameLinks[toks[j].low] && j+1 < len(toks) && isNameWord(toks[j+1]):
			j++
		case words > 0 && toks[j].low == "-" && j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j].start == toks[j-1].end && toks[j+1].start == toks[j].end:
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

// properStart returns where the proper name inside toks[i:j] begins, after
// its titles: "Homeland Security Secretary Jeh Johnson" → "Jeh Johnson".
func properStart(toks []token, i, j int) int {
	start := i
	for k := i; k < j-1; k++ {
		if _, ok := titles[toks[k].low]; ok && toks[k].upper {
			start = k + 1
		}
	}
	for start < j && (toks[start].kind != tokWord || nameLinks[toks[start].low]) {
		start++
	}
	if start >= j {
		return i
	}
	return start
}

// joinTokens writes toks[i:j] as in the text, one space between separated tokens.
func joinTokens(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].start != toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// surname is the last word of a name, lower-cased.
func surname(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}
