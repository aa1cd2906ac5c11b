/**
 * The `gutcheck` command, run as users and tools run it: `node bin/gutcheck.js ...` from the repo
 * root. Contract tests use a small fixture database (--data) and hold whatever the engine finds,
 * so they pass with any engine; one end-to-end test at the bottom needs the real engine and data.
 * Each spawn costs ~0.2 s (the prebuilt command, dist/), so checks are batched per spawn and spawns run concurrently.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../claims/cli/html-text';
import { VERDICT_WORDS } from '../../claims/words';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TIMEOUT = 30_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the repository's command, or the launcher `bin` names (a copy elsewhere), with `env` added. */
function gutcheck(args: string[], stdin = '', { bin = 'bin/gutcheck.js', env = {} }: { bin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim());

function fixtureClaim(id: string, verdict: string, evidence: string, words: string[]) {
  return {
    id,
    claim: `Fixture claim about ${words.join(' and ')}.`,
    verdict,
    evidence,
    summary: `A fixture entry for the command tests; it says something about ${words[0]}.`,
    nuance: 'Nuance text long enough to pass the schema, which wants forty characters or more.',
    advice: 'Advice text, at least twenty characters.',
    sources: [
      { title: 'A fixture source title', authors: 'Doe J', year: 2019, journal: 'Gut', pmid: '31076401', doi: '10.1136/gutjnl-2019-318427' },
      { title: 'A second fixture source', year: 2020, url: 'https://www.nhs.uk/example' },
    ],
    reviewed: '2026-11-22',
    reviewedBy: 'GutCheck editors',
    history: [{ date: '2026-11-22', change: 'First edition, for the command tests.' }],
    match: { concepts: { a: [words[0]], b: [words[1]] }, patterns: [['a', 'b']] },
    examples: {
      asserts: [`${words[0]} ${words[1]} example one`, `${words[0]} ${words[1]} example two`, `${words[0]} ${words[1]} example three`],
      mentions: [`no ${words[0]} here, really`, `is it ${words[1]}? nobody knows`],
    },
  };
}

let tmp: string;
let data: string;
const file = (name: string) => join(tmp, name);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gutcheck-cli-'));
  data = file('data');
  mkdirSync(data);
  const claims = [
    fixtureClaim('bone-broth-heals-gut', 'unsupported', 'very-low', ['bone broth', 'heals']),
    fixtureClaim('fermented-foods-fiber-help', 'supported', 'moderate', ['kefir', 'microbiome']),
  ];
  for (const c of claims) writeFileSync(join(data, `${c.id}.json`), JSON.stringify(c, null, 2));
  const bad = file('bad-data');
  mkdirSync(bad);
  writeFileSync(join(bad, 'bone-broth-heals-gut.json'), JSON.stringify({ ...claims[0], verdict: 'maybe' }));
  writeFileSync(file('post.txt'), 'Bone broth heals and seals your leaky gut.\nKefir feeds your microbiome.\n');
  writeFileSync(file('page.html'), '<!doctype html><title>t</title><p>Bone broth <b>heals</b> the gut.</p><script>x()</script>');
  writeFileSync(file('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(file('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x62, 0x72, 0x6f, 0x74, 0x68])); // "café broth" in Latin-1
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('blank.txt'), '  \n\t\n');
  // chmod 000 does not stop root (CI runs as root); Linux refuses to read a write-only sysctl to
  // everyone, root included (EACCES), so the permission case runs under any user.
  symlinkSync('/proc/sys/vm/drop_caches', file('locked.txt'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('gutcheck usage', () => {
  it('prints help on stdout and exits 0', async () => {
    const r = await gutcheck(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('gutcheck scan --jsonl');
    expect(r.stdout).toMatch(/Exit status:[\s\S]*2 {2}usage error/);
  }, TIMEOUT);

  it('rejects an unknown command with usage on stderr and exit 2', async () => {
    const r = await gutcheck(['scna', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command "scna"');
    expect(r.stderr).toContain('Usage:');
  }, TIMEOUT);

  it('rejects an unknown flag and conflicting formats with exit 2', async () => {
    const [flag, both] = await Promise.all([gutcheck(['scan', '--jsn']), gutcheck(['claims', '--json', '--claimreview'])]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option "--jsn"');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('choose one output format');
  }, TIMEOUT);
});

describe.concurrent('gutcheck scan --jsonl (evaluation contract)', () => {
  it('answers every non-blank line in order, reports a malformed line by number and keeps going', async () => {
    const input = [
      '\uFEFF' + JSON.stringify({ doc: 'd1', text: 'Bone broth heals and seals your leaky gut.' }),
      '',
      JSON.stringify({ doc: 2, text: 'Kefir feeds the microbiome 🦠, they say.', kind: 'tweet', asserts: [] }),
      '   ',
      '{"doc": "d3", "text": ', // line 5: not JSON
      JSON.stringify({ doc: 'd4', body: 'wrong field' }), // line 6: valid JSON, wrong shape
      JSON.stringify({ doc: 'd5', text: '' }),
    ].join('\n');
    const r = await gutcheck(['scan', '--jsonl', '--data', data], `${input}\n`);
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.doc)).toEqual(['d1', 2, null, 'd4', 'd5']);
    expect(out[2]).toMatchObject({ claims: [], error: expect.stringContaining('not valid JSON') });
    expect(out[3]).toMatchObject({ claims: [], error: expect.stringContaining('"text"') });
    expect(r.stderr).toMatch(/line 5: not valid JSON/);
    expect(r.stderr).toMatch(/line 6: field "text"/);
    const texts = ['Bone broth heals and seals your leaky gut.', 'Kefir feeds the microbiome 🦠, they say.', '', '', ''];
    out.forEach((o, i) => {
      expect(Object.keys(o).slice(0, 2)).toEqual(['doc', 'claims']);
      for (const c of o.claims as Record<string, unknown>[]) {
        expect(c).toEqual(expect.objectContaining({ id: expect.any(String), stance: expect.stringMatching(/^(asserts|refutes|mentions)$/) }));
        const { start, end, score, confidence, why } = c as { start: number; end: number; score: number; confidence: number; why: unknown };
        expect(0 <= start && start < end && end <= texts[i]!.length).toBe(true);
        expect(score >= 0 && score <= 1).toBe(true);
        // Fields added by the stance model; the older ones keep their names and meaning.
        expect(confidence >= 0 && confidence <= 1).toBe(true);
        expect(Array.isArray(why)).toBe(true);
        expect(c.text).toBe(texts[i]!.slice(start, end));
      }
    });
  }, TIMEOUT);

  it('exits 0 with nothing on stderr when every line is good', async () => {
    const input = Array.from({ length: 50 }, (_, i) => JSON.stringify({ doc: `n${i}`, text: `Line ${i}: glutamine, zonulin, kefir.` })).join('\n');
    const r = await gutcheck(['scan', '--jsonl', '--data', data], input);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { doc: string }).doc)).toEqual(Array.from({ length: 50 }, (_, i) => `n${i}`));
  }, TIMEOUT);

  it('treats empty stdin as an error naming <stdin>', async () => {
    const r = await gutcheck(['scan', '--jsonl', '--data', data], '\n\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('<stdin>: is empty');
  }, TIMEOUT);
});

describe.concurrent('gutcheck scan FILE...', () => {
  it('--json: scans every readable file and names each one that failed', async () => {
    const names = ['post.txt', 'page.html', 'missing.txt', 'image.png', 'latin1.txt', 'empty.txt', 'blank.txt', '.', 'locked.txt'];
    const r = await gutcheck(['scan', '--json', '--data', data, ...names.map(file)]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; claims: Record<string, unknown>[]; error?: string }[];
    expect(out.map((o) => o.file)).toEqual(names.map(file));
    const errors = Object.fromEntries(out.map((o, i) => [names[i], o.error]));
    expect(errors['post.txt']).toBeUndefined();
    expect(errors['page.html']).toBeUndefined();
    expect(errors['missing.txt']).toBe('no such file');
    expect(errors['image.png']).toMatch(/binary/);
    expect(errors['latin1.txt']).toMatch(/not valid UTF-8/);
    expect(errors['empty.txt']).toBe('is empty');
    expect(errors['blank.txt']).toBe('is empty');
    expect(errors['.']).toMatch(/directory/);
    expect(errors['locked.txt']).toBe('permission denied');
    expect(r.stderr).toContain(`gutcheck: ${file('locked.txt')}: permission denied\n`);
    for (const name of ['missing.txt', 'image.png', 'latin1.txt', 'empty.txt', 'blank.txt']) {
      expect(r.stderr).toContain(`gutcheck: ${file(name)}: `);
    }
    for (const c of out.flatMap((o) => o.claims)) {
      expect(Object.keys(c)).toEqual(['id', 'stance', 'start', 'end', 'score', 'confidence', 'why', 'text', 'matched', 'verdict', 'evidence']);
    }
  }, TIMEOUT);

  it('prints a readable report per file, and reads stdin for "-"', async () => {
    const r = await gutcheck(['scan', '--data', data, file('post.txt'), '-'], 'Kefir and fibre feed your good bacteria.');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^${file('post.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    expect(r.stdout).toContain('\n<stdin>\n');
    expect(r.stdout).not.toContain('undefined');
  }, TIMEOUT);

  it('fails on empty stdin but still reports the other files', async () => {
    const r = await gutcheck(['scan', '--data', data, '-', file('post.txt')], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gutcheck: <stdin>: is empty');
    expect(r.stdout).toContain(file('post.txt'));
  }, TIMEOUT);
});

describe('reading HTML for scan', () => {
  it('keeps visible prose and drops head, scripts, hidden and inline-hidden content', async () => {
    const page = `<!doctype html><html><head><title>Title</title><style>p{color:red}</style></head><body>
      <p>Bone broth <a href="/x">heals</a> and <b>seals</b> your gut.</p><p>Second paragraph.</p>
      <div style="display:none">hidden claim</div><p hidden>also hidden</p><button>See more</button>
      <script>document.write("injected")</script><img alt="🍲" src="broth.png"></body></html>`;
    expect(await htmlToText(page)).toEqual({ text: 'Bone broth heals and seals your gut.\nSecond paragraph.\n🍲', title: 'Title' });
  });
});

describe.concurrent('gutcheck claims', () => {
  it('--json prints every entry with its verdict, evidence, summary and sources', async () => {
    const r = await gutcheck(['claims', '--json', '--data', data]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.map((c) => c.id)).toEqual(['bone-broth-heals-gut', 'fermented-foods-fiber-help']);
    for (const c of out) expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'claim', 'verdict', 'evidence', 'summary', 'sources']));
  }, TIMEOUT);

  it('--claimreview prints one schema.org ClaimReview per entry on the 1-5 scale', async () => {
    const r = await gutcheck(['claims', '--claimreview', '--data', data]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>[];
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'Fixture claim about bone broth and heals.',
      author: { '@type': 'Organization', name: 'GutCheck' },
      datePublished: '2026-11-22',
      itemReviewed: { '@type': 'Claim' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Not supported' },
    });
    expect(out[1]!.reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'Well supported' });
    expect(out[0]!.citation).toEqual([
      expect.objectContaining({ '@type': 'CreativeWork', sameAs: expect.arrayContaining(['https://pubmed.ncbi.nlm.nih.gov/31076401/']) }),
      expect.objectContaining({ '@type': 'CreativeWork', url: 'https://www.nhs.uk/example' }),
    ]);
  }, TIMEOUT);

  it('prints a readable table by default', async () => {
    const r = await gutcheck(['claims', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ID +VERDICT +EVIDENCE +CLAIM/);
    expect(r.stdout).toMatch(/bone-broth-heals-gut +Not supported +Very low +Fixture claim/);
    expect(r.stdout).toContain('2 claims');
  }, TIMEOUT);

  it('rejects an invalid database naming the file and field, with exit 2', async () => {
    const [bad, missing] = await Promise.all([
      gutcheck(['claims', '--data', file('bad-data')]),
      gutcheck(['scan', '--data', file('no-such-dir'), file('post.txt')]),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bone-broth-heals-gut.json: field "verdict"');
    expect(bad.stdout).toBe('');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(file('no-such-dir'));
  }, TIMEOUT);

  it('exports the bundled database whole, with ratings on the scale', async () => {
    const count = readdirSync(join(ROOT, 'claims/data')).filter((f) => f.endsWith('.json')).length;
    const [json, reviews] = await Promise.all([gutcheck(['claims', '--json']), gutcheck(['claims', '--claimreview'])]);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(count);
    const out = JSON.parse(reviews.stdout) as { reviewRating: { ratingValue: number; alternateName: string } }[];
    expect(out).toHaveLength(count);
    for (const r of out) {
      expect([1, 2, 3, 4, 5]).toContain(r.reviewRating.ratingValue);
      expect(Object.values(VERDICT_WORDS)).toContain(r.reviewRating.alternateName);
    }
  }, TIMEOUT);
});

describe('end to end with the real engine and database', () => {
  // Fails until the engine and the bone-broth match rules land; that is expected.
  it('finds "Bone broth heals and seals your leaky gut." asserting bone-broth-heals-gut', async () => {
    const r = await gutcheck(['scan', '--jsonl'], `${JSON.stringify({ doc: 'e2e', text: 'Bone broth heals and seals your leaky gut.' })}\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { doc: string; claims: { id: string; stance: string }[] };
    expect(out.claims).toContainEqual(expect.objectContaining({ id: 'bone-broth-heals-gut', stance: 'asserts' }));
  }, TIMEOUT);
});

describe('the prebuilt command', () => {
  const entry = join(ROOT, 'dist', 'gutcheck.cjs');

  it('is rebuilt when a source under claims/ is newer than the build, then runs', async () => {
    await gutcheck(['--help']);
    const old = new Date('2000-01-01T00:00:00Z');
    utimesSync(entry, old, old);
    const run = await gutcheck(['scan', '--jsonl'], '{"doc":1,"text":"Bone broth heals and seals your leaky gut."}\n');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).claims[0].id).toBe('bone-broth-heals-gut');
    expect(statSync(entry).mtimeMs).toBeGreaterThan(old.getTime() + 1000);
  }, TIMEOUT);

  it('is not rebuilt when it is fresh', async () => {
    await gutcheck(['--help']);
    const before = statSync(entry).mtimeMs;
    await gutcheck(['--help']);
    expect(statSync(entry).mtimeMs).toBe(before);
  }, TIMEOUT);

  // A copy of bin/ and dist/ alone, as a package without the sources holds them, so that the
  // caches damaged here never meet the commands the other tests run from the repository.
  it("starts from the code cache its build saved, and never from another bundle's or a damaged one", async () => {
    await gutcheck(['--help']);
    const pkg = mkdtempSync(join(tmpdir(), 'gutcheck-pkg-'));
    try {
      cpSync(join(ROOT, 'bin'), join(pkg, 'bin'), { recursive: true });
      cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true });
      const cache = join(pkg, 'dist', 'gutcheck.v8cache');
      const stored = readFileSync(cache);
      // The bundle names the hash of its own text in its last line, and the cache starts with it.
      const [text, key] = readFileSync(join(pkg, 'dist', 'gutcheck.cjs'), 'utf8').split('//# gutcheckBuild=');
      expect(key).toBe(`${createHash('sha256').update(text!).digest('hex')}\n`);
      expect(`${stored.subarray(0, 64).toString('latin1')}\n`).toBe(key);
      const line = '{"doc":1,"text":"Bone broth heals and seals your leaky gut."}\n';
      const run = (mode: string) => gutcheck(['scan', '--jsonl'], line, { bin: join(pkg, 'bin', 'gutcheck.js'), env: { GUTCHECK_CODE_CACHE: mode } });
      const expectScan = (r: Run, status: string) => {
        expect(r.stderr).toBe(`gutcheck: code cache ${status}\n`);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).claims[0]).toMatchObject({ id: 'bone-broth-heals-gut', stance: 'asserts' });
      };
      const used = await run('report');
      expectScan(used, 'used');
      // The same cache under another bundle's hash: not used, though V8 itself would take it.
      writeFileSync(cache, Buffer.concat([Buffer.from('0'.repeat(64), 'latin1'), stored.subarray(64)]));
      expectScan(await run('report'), 'stale');
      // The right hash over bytes V8 cannot read: V8 refuses them and the bundle is compiled.
      writeFileSync(cache, Buffer.concat([stored.subarray(0, 64), Buffer.alloc(stored.length - 64, 7)]));
      expectScan(await run('report'), 'rejected');
      rmSync(cache);
      const missing = await run('report');
      expectScan(missing, 'missing');
      expect(missing.stdout).toBe(used.stdout);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  }, TIMEOUT);
});
