package formats

import "testing"

// must takes the results of a call that must not fail and gives its value to
// a test, failing it at once otherwise — must(store.ListClaims(ctx, 10))(t) —
// so that no check passes on a query that failed.
func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}
