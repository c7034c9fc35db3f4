package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/assist"
	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/extract"
	"github.com/factline/factline/models/extract/dates"
	"github.com/factline/factline/models/extract/quotes"
)

// extractCmd finds dates and quotations in a text. With --batch it speaks the
// JSON Lines protocol of timeml-score on standard input and output; with --db
// it links speakers to the actors that database knows.
func extractCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	batch := fs.Bool("batch", false, "read JSON Lines documents on stdin, write their timexes as JSON Lines")
	published := fs.String("published", "", "the text's publication date, e.g. 2022-09-10, to resolve relative dates against")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	db := fs.String("db", "", "SQLite database whose actors (names and aliases) speakers are linked to")
	lang := fs.String("lang", "", "the text's language, one of "+strings.Join(dates.Languages(), ", ")+"; found from the text when not given")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: factline extract [--published DATE] [--lang CODE] [--json] [--db FILE] FILE   (- for standard input)")
		fmt.Fprintln(stderr, "       factline extract --batch [--lang CODE] < documents.jsonl")
		fs.PrintDefaults()
	}
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if *lang != "" && !slices.Contains(dates.Languages(), *lang) {
		return fmt.Errorf("--lang %q: give one of %s", *lang, strings.Join(dates.Languages(), ", "))
	}
	if *batch {
		return extract.Batch(stdin, stdout, *lang)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	anchor := ""
	if *published != "" {
		d, err := edtf.Parse(*published)
		if err != nil || d.Precision() != edtf.Day {
			return fmt.Errorf("--published %q: give the day the text was published, e.g. 2022-09-10", *published)
		}
		anchor = d.String()
	}
	text, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		return err
	}
	known, err := knownActors(ctx, *db, stderr)
	if err != nil {
		return err
	}
	if *lang == "" {
		*lang = dates.DetectLanguage(text)
	}
	found, said := dates.DatesIn(*lang, text, anchor), assist.LinkSpeakers(quotes.QuotesIn(*lang, text, known), known)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"published": anchor, "lang": *lang, "dates": found, "quotes": said})
	}
	return extract.WriteTable(stdout, found, said)
}

// knownActors reads the actors of the database at path, none when path is "".
func knownActors(ctx context.Context, path string, stderr io.Writer) ([]quotes.Actor, error) {
	if path == "" {
		return nil, nil
	}
	c := config{db: path, logFormat: "text"}
	log, err := c.logger(stderr)
	if err != nil {
		return nil, err
	}
	store, err := openStore(ctx, &c, log)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	return assist.Of(store).KnownActors(models.AsSystem(ctx))
}

func readInput(name string, stdin io.Reader) (string, error) {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return "", err
	}
	return string(b), nil
}
