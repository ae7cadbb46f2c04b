/** Pairwise and BCubed precision/recall/F1 of a predicted grouping against gold labels (same item order). */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface ClusterScores {
  pairwise: Prf;
  bcubed: Prf;
  clusters: number;
}

function prf(p: number, r: number): Prf {
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Scores `predicted` labels against `gold` labels, item by item. */
export function scoreClusters(gold: readonly string[], predicted: readonly string[]): ClusterScores {
  const joint = new Map<string, number>();
  const g = new Map<string, number>();
  const p = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const key = `${gold[i]}\u0000${predicted[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1);
    p.set(predicted[i]!, (p.get(predicted[i]!) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of joint.values()) tp += pairs(n);
  let goldPairs = 0;
  for (const n of g.values()) goldPairs += pairs(n);
  let predPairs = 0;
  for (const n of p.values()) predPairs += pairs(n);
  // BCubed: for each item, |its gold ∩ its predicted| / |predicted| (precision) and / |gold| (recall).
  let bp = 0;
  let br = 0;
  for (const [key, n] of joint) {
    const [gl, pl] = key.split('\u0000') as [string, string];
    bp += (n * n) / p.get(pl)!;
    br += (n * n) / g.get(gl)!;
  }
  const N = gold.length;
  return {
    pairwise: prf(predPairs === 0 ? 1 : tp / predPairs, goldPairs === 0 ? 1 : tp / goldPairs),
    bcubed: prf(bp / N, br / N),
    clusters: p.size,
  };
}
