// factline: copy buttons. A button with data-copy="ID" copies the value of the
// field with that id (a share link, an embed snippet) and says so.
(function () {
	"use strict";
	document.addEventListener("click", function (ev) {
		var button = ev.target.closest("button[data-copy]");
		if (!button) {
			return;
		}
		var field = document.getElementById(button.getAttribute("data-copy"));
		if (!field) {
			return;
		}
		var done = function () {
			button.textContent = "Copied";
			setTimeout(function () { button.textContent = "Copy"; }, 2000);
		};
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(field.value).then(done, function () {
				field.select();
			});
			return;
		}
		// Without the Clipboard API (plain http), select the text for Ctrl+C.
		field.focus();
		field.select();
		button.textContent = "Selected: press Ctrl+C";
	});
})();
