/**
 * Engine throughput on a large mixed text, next to two references measured in the same run:
 * - floor: a bare tokenise-and-lowercase pass over the same text (the least any scanner must do);
 * - naive: fuse.js over every sentence against every example phrasing (the brute-force design).
 * Prints MB/s and the ratios. Machines here are noisy, so only same-run ratios mean anything.
 * Usage: npm run bench  (GUTCHECK_BENCH_MB sets the text size, default 4)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { loadDatabase } from '../../claims/cli/load-database';
import { createMatcher } from '../../claims/engine';
import { DEV_CORPUS, trainingCorpora } from '../../scripts/corpora';
import { median } from './median';

const claims = loadDatabase();
const matcher = createMatcher(claims);
const targetBytes = Number(process.env.GUTCHECK_BENCH_MB ?? 4) * 1024 * 1024;

// Mixed text: the claims' own examples and the dev corpus (when present) diluted with ordinary prose.
const filler = [
  'The quarterly report shows steady growth in most regions, with margins holding through the autumn.',
  'Water the tomatoes deeply once a week and mulch the beds before the first frost arrives.',
  'Our library reading challenge starts in June; children who finish six books get a certificate.',
  'Traffic was slow on the ring road this morning after a lorry lost part of its load near junction ten.',
  'She rebased the branch, squashed three commits and pushed the fix before lunch.',
];
const textsOf = (path: string): string[] =>
  readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
let corpus: string[] = [];
try {
  corpus = textsOf(DEV_CORPUS);
} catch { /* the examples alone are enough */ }
const pieces = [...claims.flatMap((c) => [...c.examples.asserts, ...c.examples.mentions]), ...corpus];
const docs: string[] = [];
let size = 0;
for (let i = 0; size < targetBytes; i++) {
  const doc = i % 3 === 0 ? pieces[i % pieces.length]! : `${filler[i % filler.length]} ${filler[(i * 7) % filler.length]} ${i}`;
  docs.push(doc);
  size += doc.length;
}
const mb = size / (1024 * 1024);

/** Best of `repeats` runs (ms); `firstRun` keeps the first, cold one (see the command's throughput below). */
let firstRun = 0;
function time(label: string, run: () => number, size = mb, repeats = 5): number {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    sink += run();
    const ms = performance.now() - t0;
    if (r === 0) firstRun = ms;
    best = Math.min(best, ms);
  }
  console.log(`${label.padEnd(44)} ${(size / (best / 1000)).toFixed(2).padStart(8)} MB/s   (${best.toFixed(0)} ms, check ${sink})`);
  return best;
}

/** The floor's pass over `texts`: a bare tokenise-and-lowercase. */
const floorPass = (texts: readonly string[]) => (): number => {
  let n = 0;
  for (const d of texts) for (const m of d.matchAll(/[\p{L}\p{N}]+/gu)) n += m[0].toLowerCase().length > 0 ? 1 : 0;
  return n;
};
/** The engine's pass over `texts`. */
const enginePass = (texts: readonly string[]) => (): number => {
  let n = 0;
  for (const d of texts) n += matcher.scan(d).length;
  return n;
};
const mbOf = (texts: readonly string[]) => texts.reduce((a, d) => a + d.length, 0) / (1024 * 1024);

const floor = time('floor: tokenise + lowercase', floorPass(docs));
const engine = time('engine: matcher.scan', enginePass(docs));
// The engine's first pass over the text, with its code still cold, as a command run always is.
const engineCold = firstRun;

// Claim-dense text alone (the examples and corpus texts, no filler): what a wellness page costs,
// where nearly every paragraph holds a claim and the satisfiability check skips nothing.
const dense = docs.filter((_, i) => i % 3 === 0);
const denseMb = mbOf(dense);
const denseFloor = time('floor on claim-dense text only', floorPass(dense), denseMb);
const denseEngine = time('engine on claim-dense text only', enginePass(dense), denseMb);

// Claim-dense text as issue 8 measured it: whole documents of the dev corpus and the first
// sessions' held-out corpora (about 400 bytes each), repeated to the bench's size. The third
// above is mostly the claims' one-sentence examples (about 150 bytes), so costs more per byte.
const heldout = trainingCorpora().filter((p) => /[/\\]heldout[^/\\]*\.jsonl$/.test(p)).flatMap(textsOf);
const issueTexts = [...corpus, ...heldout];
const issueDocs: string[] = [];
for (let i = 0, n = 0; n < targetBytes; i++) {
  const doc = issueTexts[i % issueTexts.length]!;
  issueDocs.push(doc);
  n += doc.length;
}
const issueMb = mbOf(issueDocs);
const issueFloor = time('floor on the dev and held-out corpora', floorPass(issueDocs), issueMb);
const issueEngine = time('engine on the dev and held-out corpora', enginePass(issueDocs), issueMb);

// The naive design on a sample (it is far too slow for the whole text), scaled to MB/s.
const phrasings = claims.flatMap((c) => c.examples.asserts.map((text) => ({ id: c.id, text })));
const sample = docs.slice(0, Math.max(50, Math.floor(docs.length / 200)));
const sampleMb = sample.reduce((a, d) => a + d.length, 0) / (1024 * 1024);
const naiveMs = (() => {
  const t0 = performance.now();
  let n = 0;
  for (const d of sample) {
    for (const sentence of d.split(/(?<=[.!?])\s+|\n+/)) {
      const fuse = new Fuse([sentence], { includeScore: true, threshold: 0.4, ignoreLocation: true });
      for (const p of phrasings) n += fuse.search(p.text).length;
    }
  }
  const ms = performance.now() - t0;
  console.log(`${'naive: fuse.js, sentence x phrasing'.padEnd(44)} ${(sampleMb / (ms / 1000)).toFixed(2).padStart(8)} MB/s   (${ms.toFixed(0)} ms on ${(sampleMb * 1024).toFixed(0)} KB sample, check ${n})`);
  return ms / sampleMb;
})();

const engineMsPerMb = engine / mb;
console.log(`\ntext: ${mb.toFixed(2)} MB, ${docs.length} documents`);
console.log(`engine vs naive: ${(naiveMs / engineMsPerMb).toFixed(1)}x faster (target >= 30x)`);
console.log(`engine vs floor: ${(engine / floor).toFixed(2)}x the floor's time (target <= 4x)`);
console.log(`claim-dense only (${denseMb.toFixed(2)} MB): engine ${(denseEngine / denseFloor).toFixed(2)}x the floor's time (issue 8's bar: within 3x)`);
console.log(`claim-dense as issue 8 measured it (the dev and held-out corpora, ${issueMb.toFixed(2)} MB): engine ${(issueEngine / issueFloor).toFixed(2)}x the floor's time (bar: within 3x)`);

// The command as tools run it: start-up for one line against a bare `node` in the same run, and
// throughput of `scan --jsonl` on the whole text against the in-process engine above.
const bin = fileURLToPath(new URL('../../bin/gutcheck.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gutcheck-bench-'));
const oneLine = join(work, 'one.jsonl');
const allLines = join(work, 'all.jsonl');
writeFileSync(oneLine, `${JSON.stringify({ doc: 1, text: 'Bone broth seals the holes in your gut.' })}\n`);
writeFileSync(allLines, docs.map((text, doc) => `${JSON.stringify({ doc, text })}\n`).join(''));
// Node 20 reads and parses the whole bundle named by NODE_EXTRA_CA_CERTS at every start, TLS or
// not: on these machines the environment sets it (about 55 ms of a bare start). The start-up is
// also timed without it, as a user's shell runs the command.
const { NODE_EXTRA_CA_CERTS: extraCerts, ...plainEnv } = process.env;
const wall = (args: string[], env: NodeJS.ProcessEnv = process.env): number => {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
  return performance.now() - t0;
};
wall([bin, '--help']); // a stale build is rebuilt here, not timed below
const bare = median(Array.from({ length: 7 }, () => wall(['-e', ''])));
const oneDoc = median(Array.from({ length: 7 }, () => wall([bin, 'scan', '--jsonl', oneLine])));
const whole = Math.min(wall([bin, 'scan', '--jsonl', allLines]), wall([bin, 'scan', '--jsonl', allLines]));
console.log(`\ncommand start-up, one line: ${oneDoc.toFixed(0)} ms (bare node ${bare.toFixed(0)} ms; issue 8's bar: under 150 ms)`);
if (extraCerts !== undefined) {
  const plainBare = median(Array.from({ length: 7 }, () => wall(['-e', ''], plainEnv)));
  const plainOne = median(Array.from({ length: 7 }, () => wall([bin, 'scan', '--jsonl', oneLine], plainEnv)));
  console.log(`  the same without NODE_EXTRA_CA_CERTS (set here to ${extraCerts}): ${plainOne.toFixed(0)} ms (bare node ${plainBare.toFixed(0)} ms)`);
}
rmSync(work, { recursive: true, force: true });
console.log(`command on the whole text: ${(mb / ((whole - oneDoc) / 1000)).toFixed(2)} MB/s after start-up, ${((whole - oneDoc) / engine).toFixed(2)}x the in-process engine's best warm time (bar: within 1.3x), ${((whole - oneDoc) / engineCold).toFixed(2)}x its first, cold pass (${engineCold.toFixed(0)} ms)`);
