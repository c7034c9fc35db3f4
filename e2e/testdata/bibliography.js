// bibliography.js formats CSL-JSON items into a bibliography with citeproc-js,
// for the exchange tests: node bibliography.js CITEPROC_DIR ITEMS STYLE LOCALE.
// It prints {"errors": [...], "entries": ["...", ...]} as JSON, in plain text.
"use strict";
const fs = require("fs");
const [citeprocDir, itemsFile, styleFile, localeFile] = process.argv.slice(2);
const CSL = require(citeprocDir);
const items = JSON.parse(fs.readFileSync(itemsFile, "utf8"));
const byID = new Map(items.map((item) => [item.id, item]));
const locale = fs.readFileSync(localeFile, "utf8");
const engine = new CSL.Engine({
	retrieveLocale: () => locale,
	retrieveItem: (id) => byID.get(id),
}, fs.readFileSync(styleFile, "utf8"), "en-US", true);
engine.setOutputFormat("text");
engine.updateItems(items.map((item) => item.id));
const [meta, entries] = engine.makeBibliography();
process.stdout.write(JSON.stringify({ errors: meta.bibliography_errors, entries: entries.map((e) => e.trim()) }));
