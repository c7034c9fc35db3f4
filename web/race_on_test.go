//go:build race

package web

// raceDetector says the tests run under the race detector, which slows the
// code 5 to 10 times: the few bounds a test puts on time are widened by it.
const raceDetector = true
