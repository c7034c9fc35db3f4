package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/factline/factline/models/dbcopy"
)

// copyCmd copies every row of one database into a new one, either way
// between SQLite and PostgreSQL: factline copy --from DB --to DB.
func copyCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c config
	var from, to string
	fs := flag.NewFlagSet("copy", flag.ContinueOnError)
	c.flags(fs)
	fs.StringVar(&from, "from", "", "the database to copy: sqlite:FILE (or FILE) or postgres://…")
	fs.StringVar(&to, "to", "", "the new, empty database to copy into (migrated first)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: factline copy --from sqlite:factline.db --to postgres://…   (or back)")
		fs.PrintDefaults()
	}
	if err := parse(fs, args, stderr); err != nil {
		return err
	}
	if from == "" || to == "" || fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	if from == to {
		return errors.New("copy: --from and --to name the same database")
	}
	log, err := c.logger(stderr)
	if err != nil {
		return err
	}
	src, err := openStore(ctx, &config{db: from}, log)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openStore(ctx, &config{db: to}, log)
	if err != nil {
		return err
	}
	defer dst.Close()
	err = dbcopy.Copy(ctx, src, dst, func(table string, rows int) {
		fmt.Fprintf(stdout, "%-24s %d rows\n", table, rows)
	})
	if err != nil {
		return err
	}
	want, err := dbcopy.TableCounts(ctx, src)
	if err != nil {
		return err
	}
	if got, err := dbcopy.TableCounts(ctx, dst); err != nil || got != want {
		return fmt.Errorf("copy: the copy's rows (%s) differ from the original's (%s): %v", got, want, err)
	}
	fmt.Fprintln(stdout, "copied and counted; the search index was rebuilt as the rows arrived; everyone signs in again on the new database")
	return nil
}
