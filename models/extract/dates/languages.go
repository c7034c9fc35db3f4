package dates

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/factline/factline/models/extract/lexicon"
)

// language is what Dates needs to read texts of one language: its words
// (resources/<code>/*.txt) and its rules (resources/<code>/date-rules.txt,
// and for English the rule tables of the rules_*.go files).
type language struct {
	code   string
	lex    *lexicon.Lexicon
	engine *engine
}

// languages are parsed once from the embedded resources and never change.
var languages = mustLoadLanguages()

// english is the language of texts whose language is unknown.
var english = languages["en"]

// monthAbbreviations are the English months' abbreviations ("Dec", "Sept"),
// whose full stop ends no sentence ("Dec. 5"); after a full name
// ("in December.") it does. They are read apart from languages, which tense
// finding (and so sentence splitting) serves.
var monthAbbreviations = lexicon.MustParse(lexicon.AbbreviatedMonths("en"))

// Languages lists the codes (ISO 639-1) of the languages Dates reads.
func Languages() []string {
	codes := make([]string, 0, len(languages))
	for c := range languages {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// mustLoadLanguages reads every resources/<code>/ that has a months.txt: a
// broken resource file is a programming error, which the tests catch.
func mustLoadLanguages() map[string]*language {
	langs, err := loadLanguages()
	if err != nil {
		panic(err)
	}
	return langs
}

func loadLanguages() (map[string]*language, error) {
	dirs, err := fs.ReadDir(lexicon.ResourceFiles, "resources")
	if err != nil {
		return nil, fmt.Errorf("extract: resources: %w", err)
	}
	langs := map[string]*language{}
	for _, d := range dirs {
		code := d.Name()
		if _, err := fs.Stat(lexicon.ResourceFiles, "resources/"+code+"/months.txt"); err != nil {
			continue
		}
		lx, err := lexicon.LoadLexicon(code)
		if err != nil {
			return nil, err
		}
		rules, err := loadRules(code, lx)
		if err != nil {
			return nil, err
		}
		tables := [][]rule{rules}
		if code == "en" {
			tables = append([][]rule{absoluteRules, relativeDayRules, relativePeriodRules,
				durationRules, setRules, timeRules, vagueRules, holidayRules}, rules)
		}
		langs[code] = &language{code: code, lex: lx, engine: newEngine(lx, tables...)}
	}
	if langs["en"] == nil {
		return nil, fmt.Errorf("extract: resources: no English (resources/en/months.txt)")
	}
	return langs, nil
}

// loadRules reads date-rules.txt: one rule a line, "name TYPE normaliser
// pattern...", where normaliser may take arguments after colons ("day:-1")
// and the pattern may name word sets of date-words.txt ("@last").
func loadRules(code string, lx *lexicon.Lexicon) ([]rule, error) {
	path := "resources/" + code + "/date-rules.txt"
	es, err := lexicon.Entries(path)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	var rules []rule
	for _, e := range es {
		f := strings.Fields(e[1])
		if len(f) < 3 {
			return nil, fmt.Errorf("extract: %s: rule %s: want TYPE normaliser pattern", path, e[0])
		}
		typ, normSpec := f[0], f[1]
		switch typ {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			return nil, fmt.Errorf("extract: %s: rule %s: unknown type %s", path, e[0], typ)
		}
		norm, err := namedNormaliser(normSpec)
		if err != nil {
			return nil, fmt.Errorf("extract: %s: rule %s: %w", path, e[0], err)
		}
		pattern, err := expandSets(f[2:], lx)
		if err != nil {
			return nil, fmt.Errorf("extract: %s: rule %s: %w", path, e[0], err)
		}
		rules = append(rules, rule{name: code + ":" + e[0], pattern: pattern, typ: typ, norm: norm})
	}
	return rules, nil
}

// expandSets replaces each @set of a pattern by its words as alternatives.
func expandSets(fields []string, lx *lexicon.Lexicon) (string, error) {
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		opt := ""
		if len(f) > 1 && strings.HasSuffix(f, "?") {
			f, opt = f[:len(f)-1], "?"
		}
		var alts []string
		for _, a := range strings.Split(f, "|") {
			if strings.HasPrefix(a, "@") {
				words, ok := lx.Sets[a]
				if !ok {
					return "", fmt.Errorf("unknown word set %s", a)
				}
				alts = append(alts, words...)
				continue
			}
			alts = append(alts, strings.ToLower(a))
		}
		for _, a := range alts {
			if strings.Contains(a, "'") { // "l'an" is also written "l’an"
				alts = append(alts, strings.ReplaceAll(a, "'", "’"))
			}
		}
		out = append(out, strings.Join(alts, "|")+opt)
	}
	return strings.Join(out, " "), nil
}

// namedNormaliser finds a normaliser by its name in date-rules.txt, with
// its arguments: "period:-1", "fixed:PRESENT_REF", "period:-1:Y".
func namedNormaliser(spec string) (normaliser, error) {
	parts := strings.Split(spec, ":")
	make, ok := normaliserNames[parts[0]]
	if !ok {
		return nil, fmt.Errorf("unknown normaliser %q", parts[0])
	}
	return make(parts[1:])
}

// intArg reads the shift of a normaliser ("-1", "+2"); none is 0.
func intArg(args []string, k int) (int, error) {
	if len(args) <= k {
		return 0, nil
	}
	n, err := strconv.Atoi(strings.TrimPrefix(args[k], "+"))
	if err != nil {
		return 0, fmt.Errorf("argument %q: want a number such as -1 or +1", args[k])
	}
	return n, nil
}
