// Command factline serves factline, migrates its database, loads the demo
// timeline and runs the extraction assist. `factline help` lists the subcommands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, "factline:", err)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

const usage = `factline — sourced timelines

Usage: factline [command] [flags]

Commands:
  serve     run the web server (the default)
  migrate   apply the database migrations and stop
  demo      load the worked example timeline into the database
  backup    write a consistent copy of the database while it is in use: backup COPY
  copy      copy every row into a new database: copy --from sqlite:FILE --to postgres://… (or back)
  user      add, list or change accounts: user add --email E --name N --role R
  extract   find dates and quotations in a text (--db: link speakers to known actors; --batch: timeml-score's protocol)
  export    write a timeline as json, csv, timelinejs, claimreview, markdown, html, csl or svg
  import    import a factline JSON, CSV or TimelineJS3 JSON file as a new timeline
  version   print the version

Run "factline COMMAND -h" for a command's flags. Every flag has an environment
twin: --db is FACTLINE_DB, --addr is FACTLINE_ADDR, and so on.
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := "serve"
	// "-h" asks for the commands, not serve's flags; any other flag is serve's.
	if len(args) > 0 && len(args[0]) > 0 && (args[0][0] != '-' || isHelp(args[0])) {
		cmd, args = args[0], args[1:]
	}
	if isHelp(cmd) {
		cmd = "help"
	}
	switch cmd {
	case "serve":
		return serve(ctx, args, stderr)
	case "migrate":
		return migrate(ctx, args, stderr)
	case "demo":
		return demoCmd(ctx, args, stdout, stderr)
	case "backup":
		return backup(ctx, args, stdout, stderr)
	case "copy":
		return copyCmd(ctx, args, stdout, stderr)
	case "user":
		return userCmd(ctx, args, stdin, stdout, stderr)
	case "extract":
		return extractCmd(ctx, args, stdin, stdout, stderr)
	case "export":
		return exportCmd(ctx, args, stdout, stderr)
	case "import":
		return importCmd(ctx, args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "factline", version)
		return nil
	case "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "factline: unknown command %q\n\n%s", cmd, usage)
	return errUsage
}

// isHelp reports a flag that asks for help.
func isHelp(arg string) bool { return arg == "-h" || arg == "-help" || arg == "--help" }
