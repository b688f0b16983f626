// sentencex.mjs: drives sentencex (npm; Wikimedia's Rust segmenter) like
// bench/icu-sentences.c: reads lines (plain text, or records whose last
// TAB field is the text) on stdin and writes one sentence per line.
//
// usage: SENTENCEX_DIR=dir node bench/sentencex.mjs [lang]
//   dir holds node_modules/sentencex (npm install --prefix dir sentencex);
//   lang defaults to "en".
import { createRequire } from 'node:module';
import { once } from 'node:events';
import path from 'node:path';

const dir = process.env.SENTENCEX_DIR || '.';
const require = createRequire(path.resolve(dir, 'node_modules') + '/');
const { segment } = require('sentencex');
const lang = process.argv[2] || 'en';

// Big reads and big writes: the time measured is sentencex's, not node's
// line reader's.
let out = [];
let rest = '';

async function flush() {
	if (out.length === 0)
		return;
	if (!process.stdout.write(out.join('')))
		await once(process.stdout, 'drain');
	out = [];
}

function line(l) {
	if (l.startsWith('#'))
		return;
	const tab = l.lastIndexOf('\t');
	const text = tab === -1 ? l : l.slice(tab + 1);
	for (const s of segment(lang, text)) {
		const t = s.trimEnd();
		if (t.length > 0)
			out.push(t, '\n');
	}
}

process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) {
	const lines = (rest + chunk).split('\n');
	rest = lines.pop();
	for (const l of lines)
		line(l);
	await flush();
}
if (rest.length > 0)
	line(rest);
await flush();
