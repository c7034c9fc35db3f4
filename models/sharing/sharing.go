// Package sharing keeps who else reads a timeline: its share links (made,
// listed, revoked; what a link opens is the storage.ShareScope) and the users
// named on it as viewers or editors. It reads and writes through a
// storage.Store, in its transactions.
package sharing

import "github.com/factline/factline/models/storage"

// Sharing is the share links and collaborators of the database a Store
// opens; its methods are the Store's (they run in the Store's transaction
// when it is one).
type Sharing struct{ *storage.Store }

// Of is the sharing of the database s reads and writes.
func Of(s *storage.Store) Sharing { return Sharing{s} }
