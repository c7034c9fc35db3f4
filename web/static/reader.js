// reader.js — the reader page's own script (/sources/{id}/read).
//
// The server renders the source's text as pieces, <span class="seg"
// data-start="N">, each holding one text node that starts at code point N of the
// source's text. This script maps the current selection onto those offsets and
// fills the citation bar (its start and end fields and its buttons), whether the
// selection was made with the mouse or with the keyboard: with the text focused,
// the arrow keys move a caret (Ctrl or Alt: by word; Up and Down: by paragraph;
// Home and End: to the paragraph's ends), Shift extends the selection, Enter goes
// to the bar and Escape clears the selection (from the bar too, which on a
// narrow screen is fixed to the bottom of the viewport and shows its actions,
// and a button that clears the selection, while there is one). Offsets count code points, as the
// server does, not UTF-16 units.
(function () {
	"use strict";

	var region = document.getElementById("reader-text");
	var bar = document.getElementById("cite-bar");
	if (!region || !bar) {
		return;
	}
	var status = document.getElementById("cite-status");
	var buttons = Array.prototype.slice.call(bar.querySelectorAll('button[name="as"]'));
	var closer = bar.querySelector(".cite-close");
	var segs = Array.prototype.map.call(region.querySelectorAll(".seg[data-start]"), function (el) {
		var node = el.firstChild;
		var text = node ? node.data : "";
		return { node: node, start: Number(el.getAttribute("data-start")), text: text, chars: Array.from(text) };
	}).filter(function (s) { return s.node; });
	var paragraphs = Array.prototype.map.call(region.querySelectorAll("p"), function (p) {
		var first = p.querySelector(".seg[data-start]");
		return first ? Number(first.getAttribute("data-start")) : 0;
	});
	if (segs.length === 0) {
		return;
	}
	var caret = { anchor: segs[0].start, focus: segs[0].start };
	var textEnd = segs[segs.length - 1].start + segs[segs.length - 1].chars.length;

	// Code points in the first n UTF-16 units of s.
	function codePoints(s, n) { return Array.from(s.slice(0, n)).length; }

	// The UTF-16 index of code point k of a segment.
	function utf16(seg, k) { return seg.chars.slice(0, k).join("").length; }

	function segEnd(seg) { return seg.start + seg.chars.length; }

	// The offsets a DOM range covers in the source's text, or null when it covers none.
	function offsetsOf(range) {
		var start = null, end = null;
		segs.forEach(function (s) {
			if (!range.intersectsNode(s.node)) {
				return;
			}
			var a = s.node === range.startContainer ? codePoints(s.text, range.startOffset) : 0;
			var b = s.node === range.endContainer ? codePoints(s.text, range.endOffset) : s.chars.length;
			if (start === null) {
				start = s.start + a;
			}
			end = s.start + b;
		});
		return start === null || end <= start ? null : { start: start, end: end };
	}

	// The DOM point of an offset (an offset between lines goes to the next line).
	function pointOf(off) {
		for (var i = 0; i < segs.length; i++) {
			if (off <= segEnd(segs[i])) {
				return { node: segs[i].node, offset: utf16(segs[i], Math.max(0, off - segs[i].start)) };
			}
		}
		var last = segs[segs.length - 1];
		return { node: last.node, offset: last.text.length };
	}

	// snap moves an offset that falls between lines to the nearest line in direction dir.
	function snap(off, dir) {
		for (var i = 0; i < segs.length; i++) {
			if (off < segs[i].start) {
				return dir > 0 || i === 0 ? segs[i].start : segEnd(segs[i - 1]);
			}
			if (off <= segEnd(segs[i])) {
				return off;
			}
		}
		return textEnd;
	}

	function charAfter(off) {
		for (var i = 0; i < segs.length; i++) {
			if (off >= segs[i].start && off < segEnd(segs[i])) {
				return segs[i].chars[off - segs[i].start];
			}
		}
		return "\n";
	}

	function right(off) { return off >= textEnd ? off : snap(off + 1, 1); }
	function left(off) { return off <= segs[0].start ? off : snap(off - 1, -1); }
	function isWord(ch) { return /[\p{L}\p{N}]/u.test(ch); }

	function wordRight(off) {
		var n;
		while (!isWord(charAfter(off)) && (n = right(off)) !== off) { off = n; }
		while (isWord(charAfter(off)) && (n = right(off)) !== off) { off = n; }
		return off;
	}

	function wordLeft(off) {
		var n;
		while ((n = left(off)) !== off && !isWord(charAfter(n))) { off = n; }
		while ((n = left(off)) !== off && isWord(charAfter(n))) { off = n; }
		return off;
	}

	function paragraphDown(off) {
		for (var i = 0; i < paragraphs.length; i++) {
			if (paragraphs[i] > off) {
				return paragraphs[i];
			}
		}
		return textEnd;
	}

	function paragraphUp(off) {
		for (var i = paragraphs.length - 1; i >= 0; i--) {
			if (paragraphs[i] < off) {
				return paragraphs[i];
			}
		}
		return segs[0].start;
	}

	function paragraphEnd(off) {
		var next = paragraphDown(off);
		return next >= textEnd ? textEnd : snap(next - 1, -1);
	}

	function short(s) {
		s = s.replace(/\s+/g, " ").trim();
		return s.length > 80 ? s.slice(0, 79) + "…" : s;
	}

	// fill puts the selection's offsets into the bar and says what is selected.
	function fill(off, text) {
		bar.elements.start.value = off ? off.start : "";
		bar.elements.end.value = off ? off.end : "";
		buttons.forEach(function (b) { b.disabled = !off; });
		// On a narrow screen the bar, fixed to the bottom of the viewport,
		// shows its actions while there is a selection (reader.css).
		bar.classList.toggle("is-active", !!off);
		if (closer) {
			closer.hidden = !off;
		}
		if (off) {
			status.textContent = "Selected: “" + short(text) + "”. Choose how to cite it.";
		} else if (document.activeElement === region) {
			status.textContent = "Caret before “" + short(textFrom(caret.focus)) + "”. Hold Shift and move to select.";
		} else {
			status.textContent = "Nothing selected yet.";
		}
	}

	// The caret of keyboard selection is painted with the CSS Custom Highlight API
	// where the browser has it, since a read-only text shows no caret of its own.
	function paintCaret() {
		if (!window.CSS || !CSS.highlights) {
			return;
		}
		CSS.highlights.delete("reader-caret");
		if (caret.anchor !== caret.focus || document.activeElement !== region) {
			return;
		}
		var at = caret.focus < textEnd ? caret.focus : left(caret.focus);
		var a = pointOf(at), b = pointOf(right(at));
		var r = document.createRange();
		r.setStart(a.node, a.offset);
		r.setEnd(b.node, b.node === a.node ? b.offset : a.node.data.length);
		CSS.highlights.set("reader-caret", new Highlight(r));
	}

	function select() {
		var a = pointOf(caret.anchor), f = pointOf(caret.focus);
		window.getSelection().setBaseAndExtent(a.node, a.offset, f.node, f.offset);
		paintCaret();
	}

	function textFrom(off) {
		var out = "";
		for (var o = off, n; out.length < 40 && (n = right(o)) !== o; o = n) {
			out += charAfter(o);
		}
		return out;
	}

	function fromSelection() {
		var sel = window.getSelection();
		if (!sel.rangeCount || !region.contains(sel.anchorNode)) {
			return;
		}
		var off = offsetsOf(sel.getRangeAt(0));
		fill(off, sel.toString());
	}

	document.addEventListener("selectionchange", fromSelection);
	// Chromium does not always fire selectionchange for a selection made
	// right after the script set one (see clear), so a finished mouse or
	// touch selection is read again.
	region.addEventListener("pointerup", fromSelection);

	region.addEventListener("focus", function () {
		var sel = window.getSelection();
		var off = sel.rangeCount && region.contains(sel.anchorNode) ? offsetsOf(sel.getRangeAt(0)) : null;
		if (off) {
			caret = { anchor: off.start, focus: off.end };
		}
		select();
	});

	region.addEventListener("blur", paintCaret);

	var moves = {
		ArrowRight: function (o, word) { return word ? wordRight(o) : right(o); },
		ArrowLeft: function (o, word) { return word ? wordLeft(o) : left(o); },
		ArrowDown: paragraphDown,
		ArrowUp: paragraphUp,
		Home: function (o) { return paragraphUp(right(o)); },
		End: paragraphEnd
	};

	region.addEventListener("keydown", function (e) {
		if (e.target !== region) {
			return;
		}
		if (e.key === "Escape") {
			caret.anchor = caret.focus;
		} else if (moves[e.key]) {
			caret.focus = moves[e.key](caret.focus, e.ctrlKey || e.altKey || e.metaKey);
			if (!e.shiftKey) {
				caret.anchor = caret.focus;
			}
		} else {
			return;
		}
		e.preventDefault();
		select();
	});

	// clear drops the selection and closes the bar, the focus back on the text.
	// The caret stays where the selection ended, and the page where it is.
	function clear() {
		var sel = window.getSelection();
		var off = sel.rangeCount && region.contains(sel.anchorNode) ? offsetsOf(sel.getRangeAt(0)) : null;
		if (off) {
			caret = { anchor: off.end, focus: off.end };
		}
		caret.anchor = caret.focus;
		if (document.activeElement === region) {
			select();
		} else {
			region.focus({ preventScroll: true }); // which selects the caret
		}
		fill(null);
	}

	if (closer) {
		closer.addEventListener("click", clear);
	}

	// Escape closes the bar from anywhere but the text, which handles it itself.
	document.addEventListener("keydown", function (e) {
		if (e.key === "Escape" && e.target !== region && bar.classList.contains("is-active")) {
			e.preventDefault();
			clear();
		}
	});

	// Enter takes the focus to the bar when the key is released, so that the
	// key press does not also press the bar's first button.
	region.addEventListener("keyup", function (e) {
		var first = buttons.filter(function (b) { return !b.disabled; })[0];
		if (e.target === region && e.key === "Enter" && first) {
			first.focus();
		}
	});

	// The form that htmx opens beside the text takes the focus, on its first
	// field with a message when it comes back refused.
	document.body.addEventListener("htmx:afterSwap", function (e) {
		var panel = e.detail.target;
		if (!panel || panel.id !== "cite-panel") {
			return;
		}
		var field = panel.querySelector("[aria-invalid=true]") ||
			panel.querySelector("textarea, input:not([type=hidden]), select, [role=alert]");
		if (field) {
			if (!field.hasAttribute("tabindex") && field.getAttribute("role") === "alert") {
				field.setAttribute("tabindex", "-1");
			}
			field.focus();
		}
	});
}());

// The citation form's "verbatim" mark follows the claim's text: once the text
// no longer reads as it was filled in from the passage, the mark is cleared,
// and stays so unless the researcher ticks it again. The form arrives by htmx,
// so the listener sits on the document.
(function () {
	"use strict";

	document.addEventListener("input", function (e) {
		var text = e.target;
		if (!text.matches || !text.matches('.cite-form textarea[name="text"]')) {
			return;
		}
		var mark = text.form && text.form.querySelector('input[name="verbatim"]');
		if (mark && text.value !== text.defaultValue) {
			mark.checked = false;
		}
	});
}());
