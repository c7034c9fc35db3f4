package accounts

import (
	"context"
	_ "embed" // common_passwords.txt
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// CreateUser validates and stores a new user with the password hashed.
func (s Accounts) CreateUser(ctx context.Context, email, name, role, password string) (*models.User, error) {
	fe := models.FieldErrors{}
	email = strings.TrimSpace(email)
	if a, err := mail.ParseAddress(email); err != nil || a.Address != email || len(email) > 254 {
		fe.Add("email", "Give an email address such as ana@example.org.")
	}
	name = strings.TrimSpace(name)
	models.Required(fe, "name", name, "A name")
	models.RefuseInNames(fe, map[string]string{"name": name})
	if role != models.RoleAdmin && role != models.RoleEditor && role != models.RoleViewer {
		fe.Add("role", "Choose admin, editor or viewer.")
	}
	checkNewPassword(fe, "password", password)
	if len(fe) > 0 {
		return nil, fe
	}
	hash, err := models.HashPassword(password)
	if err != nil {
		return nil, err
	}
	u := &models.User{Email: email, Name: name, Role: role, PasswordHash: hash}
	if err := s.Writer(ctx).Create(u).Error; err != nil {
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			return nil, models.FieldErrors{"email": "An account with this email exists already."}
		}
		return nil, fmt.Errorf("store: create user: %w", err)
	}
	return u, nil
}

// dummyHash is checked against when the email is unknown, so that an unknown
// email takes as long as a wrong password.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$fy7WWD4aI0bgAIBs9GvJgA$YXr58HQ3BkunkpVPnNXwzcgB2UuDUibBmasNxlRWDvo"

// Authenticate returns the user with this email and password, or
// ErrBadCredentials whichever of the two is wrong.
func (s Accounts) Authenticate(ctx context.Context, email, password string) (*models.User, error) {
	if len(password) > models.MaxPasswordLen {
		return nil, models.ErrBadCredentials
	}
	var u models.User
	// No stored email has control characters or invalid UTF-8, which
	// PostgreSQL's text would refuse with an error rather than match nothing.
	email = strings.ToValidUTF8(models.DropControls(strings.TrimSpace(email)), "\uFFFD")
	err := s.Reader(ctx).Where(s.NoCase("email")+" = "+s.NoCase("?"), email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		_, _ = models.CheckPassword(dummyHash, password)
		return nil, models.ErrBadCredentials
	}
	if err != nil {
		return nil, fmt.Errorf("store: authenticate: %w", err)
	}
	ok, err := models.CheckPassword(u.PasswordHash, password)
	if err != nil {
		return nil, fmt.Errorf("store: authenticate %d: %w", u.ID, err)
	}
	if !ok {
		return nil, models.ErrBadCredentials
	}
	return &u, nil
}

// GetUser returns one user.
func (s Accounts) GetUser(ctx context.Context, id int64) (*models.User, error) {
	var u models.User
	if err := s.Reader(ctx).First(&u, id).Error; err != nil {
		return nil, fmt.Errorf("store: get user %d: %w", id, storage.NotFound(err))
	}
	return &u, nil
}

// ListUsers returns every user by email.
func (s Accounts) ListUsers(ctx context.Context) ([]models.User, error) {
	var out []models.User
	if err := s.Reader(ctx).Order("email").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("store: list users: %w", err)
	}
	return out, nil
}

// SetPassword changes a user's password and ends every session and API token
// of the user: whoever signed in with the old password is signed out.
func (s Accounts) SetPassword(ctx context.Context, email, password string) error {
	fe := models.FieldErrors{}
	checkNewPassword(fe, "password", password)
	if len(fe) > 0 {
		return fe
	}
	hash, err := models.HashPassword(password)
	if err != nil {
		return err
	}
	return s.changeUser(ctx, "set password of "+email, email, map[string]any{"password_hash": hash})
}

// DisableUser disables an account: it can no longer sign in, and its
// sessions and API tokens end. Its work stays, under its name.
func (s Accounts) DisableUser(ctx context.Context, email string) error {
	return s.changeUser(ctx, "disable "+email, email, map[string]any{"deleted_at": time.Now().UTC()})
}

// changeUser updates the user with this email and ends their access, in one
// transaction.
func (s Accounts) changeUser(ctx context.Context, what, email string, set map[string]any) error {
	err := s.WithTx(ctx, func(tx *storage.Store) error {
		var u models.User
		if err := tx.Writer(ctx).Where(s.NoCase("email")+" = "+s.NoCase("?"), strings.TrimSpace(email)).First(&u).Error; err != nil {
			return storage.NotFound(err)
		}
		if err := tx.Writer(ctx).Model(&models.User{}).Where("id = ?", u.ID).Updates(set).Error; err != nil {
			return err
		}
		return Of(tx).endUserAccess(ctx, u.ID)
	})
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	return nil
}

// HasAdmin reports whether any admin exists.
func (s Accounts) HasAdmin(ctx context.Context) (bool, error) {
	var n int64
	if err := s.Reader(ctx).Model(&models.User{}).Where("role = ?", models.RoleAdmin).Count(&n).Error; err != nil {
		return false, fmt.Errorf("store: count admins: %w", err)
	}
	return n > 0, nil
}

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

// FindUserByEmail returns the user with this email.
func (s Accounts) FindUserByEmail(ctx context.Context, email string) (*models.User, error) {
	var u models.User
	if err := s.Reader(ctx).Where(s.NoCase("email")+" = "+s.NoCase("?"), email).First(&u).Error; err != nil {
		return nil, fmt.Errorf("store: user %q: %w", email, storage.NotFound(err))
	}
	return &u, nil
}
