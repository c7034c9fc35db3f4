// Package e2e holds factline's browser tests: they start the real server on a
// fresh database and drive Debian's headless Chromium with chromedp through the
// flows a researcher follows, check every main page with axe-core, open the
// exports in the programs researchers use (TimelineJS3, citeproc-js, Chromium
// offline), and take screenshots on request. See browser_test.go for what they
// need to run, and exchange_test.go for the npm packages.
package e2e
