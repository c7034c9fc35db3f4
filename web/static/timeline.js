// factline: long timelines come in windows. An anchor to an entry
// (#claim-42) that is not among the loaded windows opens the entry's window:
// the page asks the server for ?entry=claim-42, which starts there.
(function () {
	"use strict";
	function openEntry() {
		var m = /^#((claim|event)-\d+)$/.exec(location.hash);
		if (!m || document.getElementById(m[1])) {
			return;
		}
		// A list with no other window holds the whole timeline: nothing to open.
		if (!document.querySelector("#timeline-body [data-testid=later], #timeline-body [data-testid=earlier]")) {
			return;
		}
		var u = new URL(location.href);
		["after", "at", "note"].forEach(function (p) { u.searchParams.delete(p); });
		u.searchParams.set("entry", m[1]);
		location.replace(u.pathname + "?" + u.searchParams.toString() + location.hash);
	}
	document.addEventListener("DOMContentLoaded", openEntry);
	window.addEventListener("hashchange", openEntry);
})();
