package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"strings"

	"github.com/factline/factline/models/storage"
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
	if storage.IsPostgresDSN(c.db) {
		return pgDump(ctx, c.db, to, stdout, stderr)
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

// pgDump backs up a PostgreSQL database with pg_dump, PostgreSQL's own online
// copy, in its custom format (restored with pg_restore); without pg_dump it
// says what to run. A search_path in the address (factline's tables in a
// schema of their own) names the schema to dump: libpq, which pg_dump reads
// addresses with, refuses that parameter.
func pgDump(ctx context.Context, dsn, to string, stdout, stderr io.Writer) error {
	bin, err := exec.LookPath("pg_dump")
	if err != nil {
		return fmt.Errorf("backup: %w (pg_dump is not on the PATH)", storage.ErrBackupPostgres)
	}
	args := []string{"--format=custom", "--file=" + to}
	if u, err := url.Parse(dsn); err == nil && u.Query().Has("search_path") {
		q := u.Query()
		for _, schema := range strings.Split(q.Get("search_path"), ",") {
			args = append(args, "--schema="+strings.TrimSpace(schema))
		}
		q.Del("search_path")
		u.RawQuery = q.Encode()
		dsn = u.String()
	}
	cmd := exec.CommandContext(ctx, bin, append(args, "--dbname="+dsn)...)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("backup: pg_dump: %w", err)
	}
	fmt.Fprintf(stdout, "backed up the PostgreSQL database to %s with pg_dump (restore with pg_restore)\n", to)
	return nil
}
