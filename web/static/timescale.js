// factline: zooming and moving the time-scaled view. The view works without
// this script: its links zoom and move it, and every mark is a link. The
// script binds + − ← → 0 to those links, Ctrl+wheel (a trackpad's pinch) to
// zooming at the pointer, and dragging with a mouse, pen or finger to moving
// the window, two fingers to zooming; the server draws each new window.
(function () {
	"use strict";
	var keys = { "+": "in", "=": "in", "-": "out", "ArrowLeft": "earlier", "ArrowRight": "later", "0": "whole", "Home": "whole" };

	function figureOf(el) {
		return el && el.closest ? el.closest("[data-timescale]") : null;
	}

	// go shows the view at url in place (a full load without htmx), and keeps
	// the keyboard on the view.
	function go(url) {
		if (!window.htmx) {
			window.location.assign(url);
			return;
		}
		window.htmx.ajax("GET", url, { target: "#timeline-body", swap: "outerHTML" }).then(function () {
			window.history.pushState({}, "", url);
			var fig = document.querySelector("[data-timescale]");
			if (fig) {
				fig.focus({ preventScroll: true });
			}
		});
	}

	// windowHref is the address of the view showing days t0 to t1.
	function windowHref(t0, t1) {
		var link = document.querySelector('#timeline-body [data-zoom="later"]');
		var u = new URL(link.getAttribute("href"), window.location.href);
		u.searchParams.set("t0", t0.toFixed(4));
		u.searchParams.set("t1", t1.toFixed(4));
		return u.pathname + u.search;
	}

	// scale reads the drawing's window: days t0 to t1 over user units x0 to x1,
	// and how many user units one screen pixel is.
	function scale(svg) {
		var d = svg.dataset, box = svg.getBoundingClientRect();
		return {
			t0: +d.t0, t1: +d.t1, x0: +d.x0, x1: +d.x1, left: box.left,
			unit: svg.viewBox.baseVal.width / box.width
		};
	}

	function dayAt(s, clientX) {
		var x = (clientX - s.left) * s.unit;
		return s.t0 + (x - s.x0) * (s.t1 - s.t0) / (s.x1 - s.x0);
	}

	// zoom shows the window scaled by factor around day t.
	function zoom(s, t, factor) {
		go(windowHref(t - (t - s.t0) * factor, t + (s.t1 - t) * factor));
	}

	document.addEventListener("keydown", function (ev) {
		var name = keys[ev.key];
		if (!name || !figureOf(ev.target) || ev.altKey || ev.ctrlKey || ev.metaKey) {
			return;
		}
		var link = document.querySelector('#timeline-body [data-zoom="' + name + '"]');
		ev.preventDefault();
		if (link) {
			go(link.getAttribute("href"));
		}
	});

	var wheel = null;
	document.addEventListener("wheel", function (ev) {
		var fig = figureOf(ev.target);
		if (!fig || !ev.ctrlKey) {
			return; // a plain wheel scrolls the page
		}
		ev.preventDefault();
		var s = scale(fig.querySelector("svg"));
		if (!wheel) {
			wheel = { factor: 1, t: dayAt(s, ev.clientX) };
			setTimeout(function () {
				zoom(s, wheel.t, wheel.factor);
				wheel = null;
			}, 200);
		}
		wheel.factor *= ev.deltaY > 0 ? 1.2 : 1 / 1.2;
	}, { passive: false });

	// Dragging: pointers down on the drawing, by id; moved is set once a drag
	// has gone far enough not to be a click.
	var drag = null;
	document.addEventListener("pointerdown", function (ev) {
		var fig = figureOf(ev.target);
		if (!fig || ev.button !== 0) {
			return;
		}
		var svg = fig.querySelector("svg");
		if (!drag) {
			drag = { svg: svg, s: scale(svg), pointers: {}, moved: false };
		}
		drag.pointers[ev.pointerId] = { x0: ev.clientX, x: ev.clientX };
	});

	function spread(p) {
		var ids = Object.keys(p);
		return ids.length < 2 ? 0 : Math.abs(p[ids[0]].x - p[ids[1]].x);
	}

	document.addEventListener("pointermove", function (ev) {
		var p = drag && drag.pointers[ev.pointerId];
		if (!p) {
			return;
		}
		p.x = ev.clientX;
		var dx = p.x - p.x0;
		if (Math.abs(dx) > 4) {
			drag.moved = true;
		}
		if (drag.moved && Object.keys(drag.pointers).length === 1) {
			drag.svg.querySelectorAll(".ts-pan, .ts-axis").forEach(function (g) {
				g.setAttribute("transform", "translate(" + dx * drag.s.unit + " 0)");
			});
		}
	});

	function release(ev) {
		var p = drag && drag.pointers[ev.pointerId];
		if (!p) {
			return;
		}
		var d = drag, ids = Object.keys(d.pointers);
		if (ids.length === 2) {
			var before = Math.abs(d.pointers[ids[0]].x0 - d.pointers[ids[1]].x0), after = spread(d.pointers);
			var mid = (d.pointers[ids[0]].x + d.pointers[ids[1]].x) / 2;
			drag = null;
			if (before > 0 && after > 0) {
				zoom(d.s, dayAt(d.s, mid), before / after);
			}
			return;
		}
		drag = null;
		if (d.moved && ev.type === "pointerup") {
			var shift = (p.x - p.x0) * d.s.unit * (d.s.t1 - d.s.t0) / (d.s.x1 - d.s.x0);
			go(windowHref(d.s.t0 - shift, d.s.t1 - shift));
			// The drag may end in a click on whatever is under it, which follows
			// at once: it must not open a mark, nor may a later click be lost.
			var swallow = function (c) { c.preventDefault(); c.stopPropagation(); };
			document.addEventListener("click", swallow, { capture: true, once: true });
			setTimeout(function () { document.removeEventListener("click", swallow, { capture: true }); }, 0);
		}
	}
	document.addEventListener("pointerup", release);
	document.addEventListener("pointercancel", release);

	// On a screen narrower than the drawing, which then scrolls sideways,
	// bring the selected mark (the address's anchor), or the first, into view.
	function reveal() {
		var fig = document.querySelector("[data-timescale]");
		if (!fig || fig.scrollWidth <= fig.clientWidth) {
			return;
		}
		var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
		var mark = target && fig.contains(target) ? target : fig.querySelector(".ts-mark");
		if (mark) {
			fig.scrollLeft += mark.getBoundingClientRect().left - fig.getBoundingClientRect().left - 24;
		}
	}
	document.addEventListener("DOMContentLoaded", reveal);
	document.addEventListener("htmx:afterSettle", reveal);
})();
