package accounts

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

// TestCommonPasswordsAreRefused: a password long enough but among the most
// common ones (NIST SP 800-63B), in any case, is refused with a message for
// the password, when an account is made and when its password is changed.
func TestCommonPasswordsAreRefused(t *testing.T) {
	s := storage.NewTestStore(t, nil)
	ctx := models.AsSystem(context.Background())
	for _, pw := range []string{"password123", "Basketball", "QWERTYUIOP", "1q2w3e4r5t"} {
		_, err := Of(s).CreateUser(ctx, "bo@example.org", "Bo", models.RoleEditor, pw)
		var fe models.FieldErrors
		if !errors.As(err, &fe) || !strings.Contains(fe["password"], "most common passwords") {
			t.Errorf("new account with %q: %v", pw, err)
		}
	}
	u := storage.Must(Of(s).CreateUser(ctx, "ana@example.org", "Ana", models.RoleEditor, "long enough password"))(t)
	var fe models.FieldErrors
	if err := Of(s).SetPassword(ctx, u.Email, "1234567890"); !errors.As(err, &fe) || fe["password"] == "" {
		t.Errorf("a changed password among the common ones: %v", err)
	}
}
