package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
)

// backup writes a consistent online copy of the database: factline backup FILE.
func backup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c config
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	c.flags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: factline backup [--db FILE] COPY   (COPY must not exist)")
		fs.PrintDefaults()
	}
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	to := fs.Arg(0)
	if _, err := os.Stat(to); err == nil {
		return fmt.Errorf("backup: %s exists already; name a new file", to)
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, &c, log)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.Backup(ctx, to); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backed up %s to %s\n", c.db, to)
	return nil
}
