package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"golang.org/x/term"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/accounts"
)

// userCmd manages accounts: factline user add|list|passwd|disable.
func userCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage: factline user add --email E --name N --role admin|editor|viewer | user list | user passwd --email E | user disable --email E")
		return errUsage
	}
	var c config
	fs := flag.NewFlagSet("user "+args[0], flag.ContinueOnError)
	c.flags(fs)
	email := fs.String("email", "", "the account's email")
	name := fs.String("name", "", "the person's name")
	role := fs.String("role", models.RoleEditor, "admin, editor or viewer")
	if err := parse(fs, args[1:], stderr); err != nil {
		return err
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
	switch args[0] {
	case "add":
		password, err := readPassword(stdin, stderr)
		if err != nil {
			return err
		}
		u, err := accounts.Of(store).CreateUser(ctx, *email, *name, *role, password)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added %s <%s> as %s\n", u.Name, u.Email, u.Role)
		return nil
	case "passwd":
		password, err := readPassword(stdin, stderr)
		if err != nil {
			return err
		}
		if err := accounts.Of(store).SetPassword(ctx, *email, password); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "changed the password of %s; signed out every session and revoked every API token\n", *email)
		return nil
	case "disable":
		if err := accounts.Of(store).DisableUser(ctx, *email); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "disabled %s; signed out every session and revoked every API token\n", *email)
		return nil
	case "list":
		users, err := accounts.Of(store).ListUsers(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "EMAIL\tNAME\tROLE")
		for _, u := range users {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", u.Email, u.Name, u.Role)
		}
		return tw.Flush()
	}
	return fmt.Errorf("user %s: unknown; use add, list, passwd or disable", args[0])
}

// readPassword asks for a password on a terminal (twice, not echoed), or reads
// one line from standard input for scripts.
func readPassword(stdin io.Reader, stderr io.Writer) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stderr, "Password: ")
		p1, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(stderr, "Again: ")
		p2, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		if string(p1) != string(p2) {
			return "", errors.New("the two passwords differ")
		}
		return string(p1), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
