/**
 * A small gradient-boosted tree ensemble: the full head of the stance model. Trees find the
 * interactions a careful reader uses (a refutation in the next sentence matters for a myth, not
 * for a true claim the same page states) that a linear model misses. Each tree is a flat list of
 * nodes: [feature, threshold, left, right] for a split (x[feature] <= threshold goes left), [value]
 * for a leaf; node 0 is the root.
 */
export type TreeNode = [number, number, number, number] | [number];
export type Tree = TreeNode[];

/**
 * The ensemble laid out in typed arrays, for the engine's hot path (nested node arrays cost a
 * pointer chase per step): node n splits on feature[n] (at threshold value[n]; children left[n]
 * and right[n]) or, where feature[n] is -1, is a leaf worth value[n]. Trees are summed in the
 * same order as treesLogit, so the log-odds are the same to the last bit.
 */
export class FlatTrees {
  private readonly feature: Int32Array;
  private readonly value: Float64Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  /** Each tree's root node, in ensemble order. */
  readonly roots: Int32Array;

  constructor(trees: readonly Tree[]) {
    const size = trees.reduce((a, t) => a + t.length, 0);
    this.feature = new Int32Array(size);
    this.value = new Float64Array(size);
    this.left = new Int32Array(size);
    this.right = new Int32Array(size);
    this.roots = new Int32Array(trees.length);
    let at = 0;
    trees.forEach((tree, t) => {
      this.roots[t] = at;
      tree.forEach((node, k) => {
        if (node.length === 4) {
          this.feature[at + k] = node[0];
          this.value[at + k] = node[1];
          this.left[at + k] = at + node[2];
          this.right[at + k] = at + node[3];
        } else {
          this.feature[at + k] = -1;
          this.value[at + k] = node[0];
        }
      });
      at += tree.length;
    });
  }

  /** The log-odds of the trees whose roots are given (all of them by default), plus base. */
  logit(base: number, x: ArrayLike<number>, roots: Int32Array = this.roots): number {
    const { feature, value, left, right } = this;
    let z = base;
    for (let t = 0; t < roots.length; t++) {
      let n = roots[t]!;
      for (let f = feature[n]!; f >= 0; f = feature[n]!) n = x[f]! <= value[n]! ? left[n]! : right[n]!;
      z += value[n]!;
    }
    return z;
  }
}

/** The ensemble's log-odds for one dense input. */
export function treesLogit(trees: readonly Tree[], base: number, x: ArrayLike<number>): number {
  let z = base;
  for (const tree of trees) {
    let n = tree[0]!;
    while (n.length === 4) n = tree[x[n[0]]! <= n[1] ? n[2] : n[3]]!;
    z += n[0];
  }
  return z;
}

export interface BoostOptions {
  rounds: number;
  depth: number;
  rate: number;
  minLeaf: number;
  /** L2 on leaf values. */
  lambda: number;
}

/**
 * Fits trees to dense rows by second-order boosting of the log loss, with each feature cut into
 * at most 16 bins (its distinct values, or quantiles of them), each row counting `weight` times.
 * Deterministic: no sampling.
 */
export function boost(rows: readonly Float64Array[], y: readonly number[], opt: BoostOptions, weight: readonly number[] = y.map(() => 1)): { base: number; trees: Tree[] } {
  const n = rows.length;
  const dims = n ? rows[0]!.length : 0;
  const cuts: number[][] = [];
  for (let f = 0; f < dims; f++) cuts.push(binEdges(rows.map((r) => r[f]!)));
  const bins = rows.map((r) => Uint8Array.from(cuts.map((c, f) => binOf(c, r[f]!))));
  const pos = y.reduce((a, b) => a + b, 0);
  const base = Math.log((pos + 1) / (n - pos + 1));
  const z = new Float64Array(n).fill(base);
  const trees: Tree[] = [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let round = 0; round < opt.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]!));
      g[i] = (p - y[i]!) * weight[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6) * weight[i]!;
    }
    const tree: Tree = [];
    grow(tree, [...Array(n).keys()], 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) z[i]! += treesLogit([tree], 0, rows[i]!);
  }
  return { base, trees };

  function grow(tree: Tree, idx: number[], depth: number): number {
    const at = tree.length;
    let G = 0;
    let H = 0;
    for (const i of idx) {
      G += g[i]!;
      H += h[i]!;
    }
    const leaf = (): number => {
      tree[at] = [round6((-G / (H + opt.lambda)) * opt.rate)];
      return at;
    };
    tree.push([0]);
    if (depth >= opt.depth || idx.length < 2 * opt.minLeaf) return leaf();
    const parentScore = (G * G) / (H + opt.lambda);
    let best = { gain: 1e-9, f: -1, b: -1 };
    const hg = new Float64Array(16);
    const hh = new Float64Array(16);
    const hc = new Int32Array(16);
    for (let f = 0; f < dims; f++) {
      const nb = cuts[f]!.length;
      if (nb < 2) continue;
      hg.fill(0);
      hh.fill(0);
      hc.fill(0);
      for (const i of idx) {
        const b = bins[i]![f]!;
        hg[b]! += g[i]!;
        hh[b]! += h[i]!;
        hc[b]!++;
      }
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let b = 0; b < nb - 1; b++) {
        gl += hg[b]!;
        hl += hh[b]!;
        cl += hc[b]!;
        const cr = idx.length - cl;
        if (cl < opt.minLeaf || cr < opt.minLeaf) continue;
        const gr = G - gl;
        const hr = H - hl;
        const gain = (gl * gl) / (hl + opt.lambda) + (gr * gr) / (hr + opt.lambda) - parentScore;
        if (gain > best.gain) best = { gain, f, b };
      }
    }
    if (best.f < 0) return leaf();
    const threshold = cuts[best.f]![best.b]!;
    const left = idx.filter((i) => rows[i]![best.f]! <= threshold);
    const right = idx.filter((i) => rows[i]![best.f]! > threshold);
    const l = grow(tree, left, depth + 1);
    const r = grow(tree, right, depth + 1);
    tree[at] = [best.f, threshold, l, r];
    return at;
  }
}

/** Upper edges of at most 16 bins: each distinct value when there are few, else quantiles. */
function binEdges(values: number[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= 16) return sorted;
  const all = [...values].sort((a, b) => a - b);
  const edges = new Set<number>();
  for (let k = 1; k <= 16; k++) edges.add(all[Math.min(all.length - 1, Math.floor((k * all.length) / 16) - 1)]!);
  edges.add(all[all.length - 1]!);
  return [...edges].sort((a, b) => a - b);
}

function binOf(edges: readonly number[], v: number): number {
  for (let b = 0; b < edges.length; b++) if (v <= edges[b]!) return b;
  return edges.length - 1;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
