/**
 * Aho–Corasick automaton over cue words, for text without word boundaries: handles
 * ("glowwithkemi"), website names ("pawsandpinesvet") and run-together hashtags ("diyreno").
 * Built once per compiled taxonomy; a scan is one pass over the characters.
 */

export type TSubstringMatch<T> = { start: number; end: number; value: T; pattern: string };

type TNode = { next: Map<number, number>; fail: number; out: number[] };

export class SubstringIndex<T> {
  private readonly nodes: TNode[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly patterns: string[] = [];
  private readonly values: T[] = [];
  private built = false;

  add(pattern: string, value: T): void {
    if (this.built) throw new Error("SubstringIndex is already built");
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern.charCodeAt(i);
      const node = this.nodes[state]!;
      let next = node.next.get(ch);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        node.next.set(ch, next);
      }
      state = next;
    }
    this.nodes[state]!.out.push(this.patterns.length);
    this.patterns.push(pattern);
    this.values.push(value);
  }

  build(): this {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const node = this.nodes[state]!;
      for (const [ch, child] of node.next) {
        queue.push(child);
        let fail = node.fail;
        while (fail !== 0 && !this.nodes[fail]!.next.has(ch)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(ch);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.out.push(...this.nodes[childNode.fail]!.out);
      }
    }
    this.built = true;
    return this;
  }

  /**
   * Longest non-overlapping matches in `text` (UTF-16 units are compared as given, so pass
   * folded text), leftmost-longest first.
   */
  scan(text: string): TSubstringMatch<T>[] {
    const found: TSubstringMatch<T>[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      let next = this.nodes[state]!.next.get(ch);
      while (next === undefined && state !== 0) {
        state = this.nodes[state]!.fail;
        next = this.nodes[state]!.next.get(ch);
      }
      state = next ?? 0;
      const index = i + 1;
      const out = this.nodes[state]!.out;
      if (out.length === 0) continue;
      for (const p of out) {
        const pattern = this.patterns[p]!;
        found.push({ start: index - pattern.length, end: index, value: this.values[p]!, pattern });
      }
    }
    if (found.length < 2) return found;
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: TSubstringMatch<T>[] = [];
    for (const m of found) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  }
}
