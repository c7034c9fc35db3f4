// Package httpx holds the request and response helpers that factline's pages
// (web) and its API for scripts (web/api) share: who the request's user is,
// its id, its path parameters, its body limits, the spool every answer is
// made whole in, the refusals both answer with, which timeline a request may
// read or change, and the offers of likely duplicates (as views.Offer, the
// model both the form and the API's 409 are drawn from). It knows nothing of
// routes or of how sessions are kept, so both can use it without using each
// other.
package httpx
