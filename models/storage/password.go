package storage

import (
	_ "embed" // common_passwords.txt
	"fmt"
	"strings"
	"sync"

	"github.com/factline/factline/models"
)

// checkNewPassword says what is wrong with a password a user chose: too
// short, too long, or one of the most common passwords (NIST SP 800-63B
// §3.1.1.2), which guessing tries first whatever its length.
func checkNewPassword(fe models.FieldErrors, field, password string) {
	switch n := len([]rune(password)); {
	case n < models.MinPasswordLen:
		fe.Add(field, fmt.Sprintf("Use at least %d characters.", models.MinPasswordLen))
	case len(password) > models.MaxPasswordLen:
		fe.Add(field, fmt.Sprintf("Use at most %d bytes.", models.MaxPasswordLen))
	case commonPasswords()[strings.ToLower(password)]:
		fe.Add(field, "This is one of the most common passwords, which are tried first when guessing; choose another, such as a few unrelated words.")
	}
}

//go:embed common_passwords.txt
var commonPasswordsFile string

// commonPasswords is common_passwords.txt as a set, read once.
var commonPasswords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(commonPasswordsFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			set[strings.ToLower(line)] = true
		}
	}
	return set
})
