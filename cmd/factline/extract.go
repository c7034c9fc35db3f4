package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/factline/factline/models/edtf"
	"github.com/factline/factline/models/extract"
)

// extractCmd finds dates and quotations in a text. With --batch it speaks the
// JSON Lines protocol of timeml-score on standard input and output.
func extractCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	batch := fs.Bool("batch", false, "read JSON Lines documents on stdin, write their timexes as JSON Lines")
	published := fs.String("published", "", "the text's publication date, e.g. 2022-09-10, to resolve relative dates against")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: factline extract [--published DATE] [--json] FILE   (- for standard input)")
		fmt.Fprintln(stderr, "       factline extract --batch < documents.jsonl")
		fs.PrintDefaults()
	}
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if *batch {
		return extract.Batch(stdin, stdout)
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
	dates, quotes := extract.Dates(text, anchor), extract.Quotes(text, nil)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"published": anchor, "dates": dates, "quotes": quotes})
	}
	return extract.WriteTable(stdout, dates, quotes)
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
