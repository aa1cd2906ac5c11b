/**
 * A deterministic feed page of about `bytes` of text for the in-browser benchmark: many posts of
 * ordinary chatter (with trigger words used innocently), and a claim sentence in every tenth post.
 */

/** Claim sentences (original wording) and the id each should be marked as. */
const CLAIMS: readonly [string, string][] = [
  ['Bone broth heals your gut lining like nothing else.', 'bone-broth-heals-gut'],
  ['Collagen rebuilds your gut wall while you sleep.', 'collagen-rebuilds-gut-wall'],
  ['Kefir, yogurt and plenty of fibre feed your good gut bacteria.', 'fermented-foods-fiber-help'],
  ['Ibuprofen pokes holes in your gut lining.', 'nsaids-raise-permeability'],
  ['Alcohol makes your gut leaky, even after one big night.', 'alcohol-raises-permeability'],
  ['Your eczema is a leaky gut problem, not a skin problem.', 'leaky-gut-skin'],
  ['Leaky gut causes brain fog, fatigue and anxiety.', 'leaky-gut-brain-fog-fatigue'],
  ['Gluten tears holes in everyone\'s gut, not just celiacs.', 'gluten-leaky-gut-everyone'],
  ['Glutamine is the #1 gut-healing supplement for a leaky gut.', 'glutamine-heals-gut'],
  ['Seed oils like canola and soybean oil destroy your gut lining.', 'seed-oils-cause-leaky-gut'],
  ['Heal your gut in 30 days with our reset programme.', 'twelve-week-cure'],
  ['Leaky gut is the root cause of almost every chronic illness.', 'leaky-gut-root-cause'],
];

const WHO = ['My sister', 'The neighbour', 'Our coach', 'A friend from work', 'My dad', 'The baker', 'Everyone at the gym', 'The new intern'];
const DID = ['finally fixed', 'spent all weekend on', 'could not stop talking about', 'posted photos of', 'asked me about', 'complained about', 'bought a second', 'borrowed'];
const WHAT = ['the garden fence', 'a sourdough starter', 'the broken bike', 'a collagen face cream', 'the leaky tap', 'a marathon plan', 'the kitchen shelves', 'a gluten-free cake', 'a jar of pickles', 'the new puppy', 'a pot of soup', 'the camping trip'];
const WHEN = ['on Sunday', 'after work', 'before breakfast', 'last night', 'all week', 'in the rain', 'at the market', 'during lunch'];
const AFTER = ['It went better than expected.', 'Nobody was surprised.', 'Photos to follow.', 'I had a gut feeling it would work.', 'The dog was not impressed.', 'We will try again next week.', 'Honestly a great day.', 'Ten out of ten, would repeat.'];

/** Small seeded PRNG (mulberry32) so every run benchmarks the same page. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchPage {
  html: string;
  textBytes: number;
  posts: number;
  /** Claim sentences placed on the page (each should become one asserted mark). */
  claimSentences: number;
  distinctClaims: number;
}

export function benchPage(bytes = 1_000_000, seed = 42): BenchPage {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = () => `${pick(WHO)} ${pick(DID)} ${pick(WHAT)} ${pick(WHEN)}. ${pick(AFTER)}`;
  const posts: string[] = [];
  const ids = new Set<string>();
  let textBytes = 0;
  let claimSentences = 0;
  for (let n = 0; textBytes < bytes; n++) {
    const paras: string[] = [];
    for (let p = 0; p < 3; p++) paras.push(`${sentence()} ${sentence()} ${sentence()}`);
    if (n % 10 === 5) {
      const [text, id] = CLAIMS[claimSentences % CLAIMS.length]!;
      paras.splice(1, 0, text);
      ids.add(id);
      claimSentences++;
    }
    textBytes += paras.join(' ').length;
    const body = paras.map((p) => `<p>${p}</p>`).join('');
    posts.push(`<article role="article"><header><a href="/u${n % 97}/">user${n % 97}</a> · <time>${(n % 23) + 1}h</time></header>${body}<footer><button>Like</button> <button>Reply</button></footer></article>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>GutCheck benchmark feed</title><link rel="icon" href="data:,">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:640px;margin:0 auto}article{border-bottom:1px solid #ddd;padding:8px 0}</style></head>
<body><main>${posts.join('\n')}</main></body></html>`;
  return { html, textBytes, posts: posts.length, claimSentences, distinctClaims: ids.size };
}
