/**
 * The identity keys (platform + id, platform + case-folded handle) already seen in one file, kept
 * as 96-bit digests (three seeded MurmurHash3 words) in an open-addressing table of typed arrays:
 * 12 bytes a key instead of ~100 for a Set of strings, so a 1M-profile file's two million keys
 * take ~48 MB rather than ~200 MB of a worker heap capped at 384 MB, and hashing costs about a
 * microsecond (sha256 through node:crypto was 10–40 µs a key). Two different keys of one file
 * share a digest with a probability around n²/2⁹⁶ (≈ 6·10⁻¹⁷ for 2M keys); the hash is not
 * cryptographic, so a file crafted to collide can only make its own records count as duplicates.
 */
export class IdentityKeySet {
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 12) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.slots = new Uint32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  has(key: string): boolean {
    const [a, b, c] = digest(key);
    return this.find(this.slots, this.mask, a, b, c) < 0;
  }

  add(key: string): void {
    const [a, b, c] = digest(key);
    const slot = this.find(this.slots, this.mask, a, b, c);
    if (slot < 0) return;
    this.write(this.slots, slot, a, b, c);
    this.count++;
    if (this.count * 10 > (this.mask + 1) * 6) this.grow();
  }

  /** The index of the empty slot where the digest goes, or -1 when it is present. */
  private find(slots: Uint32Array, mask: number, a: number, b: number, c: number): number {
    for (let i = b & mask; ; i = (i + 1) & mask) {
      const at = i * 3;
      if (slots[at] === 0) return i; // `a` is never 0: see digest()
      if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c) return -1;
    }
  }

  private write(slots: Uint32Array, slot: number, a: number, b: number, c: number): void {
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = b;
    slots[slot * 3 + 2] = c;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Uint32Array(capacity * 3);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += 3) {
      const a = old[at]!;
      if (a !== 0) this.write(slots, this.find(slots, mask, a, old[at + 1]!, old[at + 2]!), a, old[at + 1]!, old[at + 2]!);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

const SEEDS = [0x9747b28c, 0x5bd1e995, 0x27d4eb2f] as const;

/** MurmurHash3 (x86, 32-bit) of the key's UTF-16 code units, once per seed, in one pass. */
function digest(key: string): [number, number, number] {
  let [h1, h2, h3] = SEEDS as readonly number[] as [number, number, number];
  for (let i = 0; i < key.length; i++) {
    let k = Math.imul(key.charCodeAt(i), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h1 = mixWord(h1, k);
    h2 = mixWord(h2, k);
    h3 = mixWord(h3, k);
  }
  // The low bit of the first word is forced on, so 0 can mark an empty slot (95 bits remain).
  return [(finish(h1, key.length) | 1) >>> 0, finish(h2, key.length), finish(h3, key.length)];
}

function mixWord(h: number, k: number): number {
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
