/** A 32-bit hash of a string (FNV-1a), used to seed the shuffle. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast generator; the same seed always gives the same sequence. */
export function seededRandom(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates shuffle driven by `seed`. Items for which `isPinned` is true keep their index
 * ("All of the above" stays last); the rest are shuffled among the remaining places.
 */
export function seededShuffle<T>(items: readonly T[], seed: string, isPinned: (item: T) => boolean = () => false): T[] {
  const random = seededRandom(seed);
  const free = items.filter((item) => !isPinned(item));
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [free[i], free[j]] = [free[j] as T, free[i] as T];
  }
  let next = 0;
  return items.map((item) => (isPinned(item) ? item : (free[next++] as T)));
}
