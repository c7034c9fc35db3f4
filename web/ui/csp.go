package ui

// ContentSecurityPolicy allows scripts and styles from the application only;
// web's middleware sends it with every answer, and an embed (web/timelines)
// loosens its frame-ancestors.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
