/**
 * mulberry32: a small seeded pseudo-random generator (numbers in [0, 1)).
 * The same seed always gives the same sequence: the demo data, the bench
 * datasets and the security fuzzing are reproducible from their seeds.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
