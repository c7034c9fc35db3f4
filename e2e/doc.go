// Package e2e holds factline's browser tests: they start the real server on a
// fresh database and drive Debian's headless Chromium with chromedp through the
// flows a researcher follows, check every main page with axe-core, and take
// screenshots on request. See browser_test.go for what they need to run.
package e2e
