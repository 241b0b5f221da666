// mulberry32: a small seeded pseudo-random generator. A classic script, so that the page and its
// layout worker (which can only load classic scripts, next to the UMD layout libraries) share the one
// generator: the same view then gives the same picture whichever thread lays it out.
self.seededRandom = function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
