// Package accounts keeps who may sign in and how: users and their passwords,
// signed-in browsers (sessions), personal API tokens, the sign-in limiter's
// attempts and the first admin. It reads and writes through a storage.Store,
// in its transactions, with the Store's connections and dialect.
package accounts

import "github.com/factline/factline/models/storage"

// Accounts is the accounts of the database a Store opens; its methods are
// the Store's (they run in the Store's transaction when it is one).
type Accounts struct{ *storage.Store }

// Of is the accounts of the database s reads and writes.
func Of(s *storage.Store) Accounts { return Accounts{s} }
