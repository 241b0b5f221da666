// The force layout of big networks, off the page's main thread: a headless Cytoscape with fCoSE,
// from the same WebJar files the page loads, so the page stays usable while it runs. A classic
// worker, because the libraries are UMD builds that register on the global scope (self here).
//
// Message in:  { id, seed, options, nodes: [{ id, size, x, y }], edges: [{ source, target }] }
// Message out: { id, positions: Float64Array [x0, y0, x1, y1, ...] in the order of nodes, ms } or { id, error }

/* global cytoscape, cytoscapeFcose, layoutBase, seededRandom */
importScripts(
  '/webjars/cytoscape/dist/cytoscape.min.js',
  '/webjars/layout-base/layout-base.js',
  '/webjars/cose-base/cose-base.js',
  '/webjars/cytoscape-fcose/cytoscape-fcose.js',
  '/js/seeded-random.js',
);
cytoscape.use(cytoscapeFcose);

self.onmessage = (event) => {
  const { id, seed, options, nodes, edges } = event.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      // fCoSE keeps nodes apart by their size: the same sizes as the page draws.
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: {
        nodes: nodes.map((node) => ({ data: { id: node.id, size: node.size }, position: { x: node.x, y: node.y } })),
        edges: edges.map((edge, i) => ({ data: { id: `e${i}`, source: edge.source, target: edge.target } })),
      },
    });
    // This worker runs one layout at a time, so the generator can simply stay in place afterwards.
    Math.random = seededRandom(seed);
    layoutBase.RandomSeed.seed = 1;
    cy.layout({ ...options, animate: false, fit: false }).run();
    const positions = new Float64Array(nodes.length * 2);
    nodes.forEach((node, i) => {
      const { x, y } = cy.getElementById(node.id).position();
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    });
    cy.destroy();
    self.postMessage({ id, positions, ms: performance.now() - started }, [positions.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
