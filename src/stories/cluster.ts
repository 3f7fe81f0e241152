import type { PairResult, Relation } from '../relate/types.js';

/** Relations that hold a story together. A derivative only attaches to one story, it never bridges two. */
const CORE: ReadonlySet<Relation> = new Set(['copy', 'excerpt', 'edited-copy', 'translation', 'retranslation', 'rewrite']);

class DisjointSets {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();
  find(x: string): string {
    let root = x;
    while ((this.parent.get(root) ?? root) !== root) root = this.parent.get(root) ?? root;
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  sizeOf(x: string): number {
    return this.size.get(this.find(x)) ?? 1;
  }
  union(x: string, y: string): void {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx === ry) return;
    // The smaller id becomes the root, so the result does not depend on the order of unions.
    const [root, child] = rx < ry ? [rx, ry] : [ry, rx];
    this.parent.set(child, root);
    this.size.set(root, this.sizeOf(root) + this.sizeOf(child));
  }
}

/**
 * Groups related documents into stories. Core relations (copies, excerpts, edited copies,
 * translations, retranslations, rewrites) join documents into groups; then derivative links,
 * strongest first, join a derived group to its source's group: the derived document's whole
 * group comes along (an agency follow-up with its own copies and translations belongs to the
 * story it derives from). A group joins one story only, by its strongest link, and a document
 * that joined that way cannot pull a further one in: a round-up that reuses passages of two
 * stories never merges them, and follow-ups of follow-ups do not chain. A link whose direction
 * is unknown joins only a lone document (both, when both are alone), which cannot then take in
 * another.
 * @returns groups of two or more document ids, each sorted, groups sorted by first id
 */
export function clusterPairs(pairs: readonly PairResult[]): string[][] {
  const sets = new DisjointSets();
  const related = pairs.filter((p) => p.relation !== 'unrelated');
  for (const p of related) if (CORE.has(p.relation)) sets.union(p.a, p.b);
  // Each group's documents by its root, kept up to date as derivative links join groups.
  const members = new Map<string, string[]>();
  for (const id of new Set(related.flatMap((p) => [p.a, p.b]))) {
    const root = sets.find(id);
    const group = members.get(root);
    if (group) group.push(id);
    else members.set(root, [id]);
  }

  const joinedByDerivative = new Set<string>();
  const derivatives = related
    .filter((p) => p.relation === 'derivative')
    .sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const groupOf = (id: string): string[] => members.get(sets.find(id)) ?? [id];
  const join = (x: string, y: string): void => {
    const merged = [...groupOf(x), ...groupOf(y)];
    sets.union(x, y);
    members.set(sets.find(x), merged);
  };
  for (const p of derivatives) {
    if (sets.find(p.a) === sets.find(p.b)) continue;
    const derived = p.source === p.a ? p.b : p.source === p.b ? p.a : undefined;
    if (derived === undefined) {
      const aAlone = sets.sizeOf(p.a) === 1;
      const bAlone = sets.sizeOf(p.b) === 1;
      if ((!aAlone && !bAlone) || joinedByDerivative.has(p.a) || joinedByDerivative.has(p.b)) continue;
      join(p.a, p.b);
      if (aAlone) joinedByDerivative.add(p.a);
      if (bAlone) joinedByDerivative.add(p.b);
      continue;
    }
    const source = derived === p.a ? p.b : p.a;
    // The source must not be a follow-up itself, nor may the derived group hold one already.
    if (joinedByDerivative.has(source) || groupOf(derived).some((id) => joinedByDerivative.has(id))) continue;
    for (const id of groupOf(derived)) joinedByDerivative.add(id);
    join(p.a, p.b);
  }

  // A joined group's list lives under its new root; the list left under the old root is stale.
  return [...members]
    .filter(([root, g]) => sets.find(root) === root && g.length >= 2)
    .map(([, g]) => g)
    .map((g) => g.sort())
    .sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
}
