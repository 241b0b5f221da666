// The network drawing: Cytoscape.js with deterministic layouts, sector colours and link styles,
// and the highlights the panels ask for (focus, path, bridging pair, proposed links).

import { SECTORS, SECTOR, LINK_TYPES, TARGET_COUNTRIES, countryName, sectorLabel } from './palette.js';

const cytoscape = window.cytoscape;
if (cytoscape && window.cytoscapeFcose && !cytoscape.__partnergraphFcose) {
  cytoscape.use(window.cytoscapeFcose);
  cytoscape.__partnergraphFcose = true;
}

/** Above these sizes the drawing trades detail for speed. */
export const LARGE_NODES = 400;
export const HUGE_EDGES = 3000;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const MIN_SIZE = 16;
const MAX_SIZE = 60;
const PLAIN_SIZE = 24;

// ---------------------------------------------------------------- determinism

/** FNV-1a, 32 bits: a stable number from a string. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Runs fn with Math.random replaced by a generator seeded from the view, so that layout code that
 * draws random numbers (fCoSE and CoSE do, here and there) gives the same picture every time.
 */
function withSeed(seed, fn) {
  const original = Math.random;
  Math.random = window.seededRandom(seed);
  if (window.layoutBase && window.layoutBase.RandomSeed) window.layoutBase.RandomSeed.seed = 1;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** The seed of a view's layout: the same for the same layout of the same network. */
function layoutSeed(name, nodeCount, edgeCount) {
  return hash(`${name}|${nodeCount}|${edgeCount}`);
}

function initialPosition(id, spread) {
  const h1 = hash(id);
  const h2 = hash(`${id}#y`);
  return { x: ((h1 / 4294967296) - 0.5) * spread, y: ((h2 / 4294967296) - 0.5) * spread };
}

/**
 * The force layout's options: plain values only, because the layout worker gets them as a message.
 * Small networks: the full force-directed layout from fixed starting positions (a hash of each id).
 * Large ones: fCoSE's spectral draft, whose random sampling is seeded, so it stays fast and repeatable.
 */
function forceOptions(nodeCount) {
  const large = nodeCount > LARGE_NODES;
  return {
    name: 'fcose',
    animate: false,
    fit: false,
    randomize: large,
    quality: large ? 'draft' : 'default',
    nodeDimensionsIncludeLabels: !large,
    nodeRepulsion: 9000,
    idealEdgeLength: 90,
    edgeElasticity: 0.45,
    // The spectral draft places nodes at hop distances times this: spread big networks wider.
    nodeSeparation: large ? Math.max(75, 12 * Math.sqrt(nodeCount)) : 75,
    numIter: 2500,
    samplingType: true,
    sampleSize: 25,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
    gravity: 0.25,
    gravityRange: 3.8,
    // cose only
    nodeOverlap: 10,
    componentSpacing: 80,
  };
}

// ---------------------------------------------------------------- style

function shortLabel(data) {
  const name = data.label || data.id;
  if (data.acronym && name.length > 28) return data.acronym;
  return name.length > 32 ? `${name.slice(0, 30)}…` : name;
}

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function buildStyle({ labels, large, haystack }) {
  const style = [
    {
      selector: 'node.org',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#bbbbbb',
        'border-width': 1,
        'border-color': '#303030',
        label: labels ? 'data(short)' : '',
        'font-size': 11,
        'font-family': FONT,
        color: '#111111',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.85,
        'min-zoomed-font-size': large ? 9 : 0,
        'overlay-padding': 4,
      },
    },
  ];
  for (const sector of SECTORS) {
    style.push({
      selector: `node.org[sector = "${sector.code}"]`,
      style: { 'background-color': sector.color, shape: sector.shape },
    });
  }
  // Colouring by community replaces the sector colour; the shape still tells the sector.
  style.push({ selector: 'node.org[communityColour]', style: { 'background-color': 'data(communityColour)' } });
  // A label that does not fit stays hidden (not removed, so its box can still be measured).
  style.push({ selector: 'node.org.label-hidden', style: { 'text-opacity': 0 } });
  style.push({
    selector: 'edge',
    style: {
      width: 'data(w)',
      'curve-style': haystack ? 'haystack' : 'bezier',
      'haystack-radius': 0.3,
      'line-color': '#888888',
      'target-arrow-color': '#888888',
      'arrow-scale': 0.9,
      opacity: large ? 0.6 : 0.85,
    },
  });
  for (const type of LINK_TYPES) {
    style.push({
      selector: `edge[type = "${type.code}"]`,
      style: {
        'line-color': type.color,
        'target-arrow-color': type.color,
        // Dashes cost a big network's every frame about half again as much as solid lines.
        'line-style': haystack ? 'solid' : type.style,
        'target-arrow-shape': haystack ? 'none' : type.arrow,
      },
    });
  }
  style.push(
    { selector: 'node.inactive', style: { opacity: 0.35 } },
    // Not a current tie on the view's date: still there to be seen, but plainly not a tie.
    { selector: 'edge.not-current', style: { opacity: 0.3, 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0, events: 'no' } },
    {
      selector: 'node.org:selected',
      style: {
        'border-width': 4, 'border-color': '#000000', label: 'data(short)', 'min-zoomed-font-size': 0,
        'font-weight': 'bold', 'z-index': 999, 'text-opacity': 1,
      },
    },
    { selector: 'node.focus-root', style: { 'border-width': 4, 'border-color': '#000000', label: 'data(short)', 'min-zoomed-font-size': 0, 'text-opacity': 1 } },
    { selector: 'node.path-node', style: { 'border-width': 4, 'border-color': '#000000', label: 'data(short)', 'min-zoomed-font-size': 0, 'z-index': 998, 'text-opacity': 1 } },
    { selector: 'edge.path-edge', style: { width: 5, 'line-color': '#000000', 'target-arrow-color': '#000000', opacity: 1, 'z-index': 998 } },
    { selector: 'node.pair', style: { 'border-width': 5, 'border-color': '#000000', label: 'data(short)', 'min-zoomed-font-size': 0, 'z-index': 998, 'text-opacity': 1 } },
    {
      selector: 'node.introducer',
      style: {
        'border-width': 4, 'border-style': 'double', 'border-color': '#000000', label: 'data(short)',
        'min-zoomed-font-size': 0, 'z-index': 997, 'text-opacity': 1,
      },
    },
    { selector: 'edge.introducer-edge', style: { width: 3, opacity: 1 } },
    // A link picked in the drawing (its details are on show).
    { selector: 'edge[linkId]:selected', style: { width: 5, 'line-color': '#000000', 'target-arrow-color': '#000000', opacity: 1, 'z-index': 999 } },
    {
      selector: 'edge.proposed',
      style: {
        width: 3, 'line-style': 'dashed', 'line-dash-pattern': [8, 4], 'line-color': '#000000',
        'target-arrow-shape': 'none', 'curve-style': 'straight', opacity: 1, label: 'proposed',
        'font-size': 10, 'text-background-color': '#ffffff', 'text-background-opacity': 1,
        'text-background-padding': 2, 'z-index': 999,
      },
    },
    {
      selector: 'node.group-label',
      style: {
        label: 'data(label)', 'background-opacity': 0, 'border-width': 0, width: 1, height: 1,
        'font-size': 'data(fontSize)', 'font-family': FONT, 'font-weight': 'bold', color: '#222222', 'text-valign': 'center', 'text-halign': 'center',
        'min-zoomed-font-size': 0, events: 'no',
      },
    },
    // A hidden label shows while the pointer is on its organisation.
    { selector: 'node.org.label-hover', style: { label: 'data(short)', 'text-opacity': 1, 'min-zoomed-font-size': 0, 'z-index': 999 } },
  );
  return style;
}

// ---------------------------------------------------------------- the graph

export class Graph {
  constructor(container, { onSelect, onSelectLink, onBackground } = {}) {
    this.options = { labels: true, large: false, haystack: false };
    this.scores = new Map();
    this.showCounter = 0;
    this.layoutCounter = 0;
    this.worker = null;
    this.pendingLayout = null;
    this.workerLayouts = new WeakMap(); // network → (layout|sizeBy → positions)
    this.lastLayout = { thread: 'main', ms: 0, roundTripMs: 0, longestPauseMs: 0 };
    this.cy = cytoscape({
      container,
      elements: [],
      style: buildStyle(this.options),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node.org', (event) => onSelect && onSelect(event.target.id()));
    this.cy.on('tap', 'edge[linkId]', (event) => onSelectLink && onSelectLink(event.target.data('linkId')));
    this.cy.on('mouseover', 'node.org', (event) => event.target.addClass('label-hover'));
    this.cy.on('mouseout', 'node.org', (event) => event.target.removeClass('label-hover'));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy && onBackground) onBackground();
    });
  }

  get orgs() {
    return this.cy.nodes('.org');
  }

  has(id) {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.hasClass('org');
  }

  node(id) {
    return this.cy.getElementById(id);
  }

  /**
   * Shows a network. layoutNetwork gives the positions (every link, whatever its dates, so
   * stepping through the years keeps the picture still); shown is the network of the ties current
   * on the view's date: links not in it are left out, or with showEnded drawn faded and dashed, and
   * organisations not in it are dimmed. The force
   * layout of a big network runs in a worker while the previous picture stays usable: the promise
   * says false when a newer show() came before this one's layout was done (nothing was drawn).
   */
  async show({ layoutNetwork, shown, showEnded = false, layout, layoutScores, scores, sizeBy }) {
    const ticket = ++this.showCounter;
    const nodes = layoutNetwork.nodes || [];
    const edges = layoutNetwork.edges || [];
    const large = nodes.length > LARGE_NODES;
    const spread = Math.max(400, Math.sqrt(nodes.length) * 90);
    // The layout sees the sizes of the undated view, so the picture does not move with the date.
    const layoutSize = sizeScale(layoutScores || scores || new Map(), sizeBy);
    const nodeElements = nodes.map((node) => ({
      group: 'nodes',
      data: { ...node.data, short: shortLabel(node.data), size: layoutSize(node.data.id) },
      classes: 'org',
      position: initialPosition(node.data.id, spread),
    }));

    let laidOut = null;
    if (layout === 'force' && large) {
      // Stepping through the years shows the same undated network again: its layout is kept with it.
      const key = `${layout}|${sizeBy}`;
      const known = this.workerLayouts.get(layoutNetwork);
      laidOut = known && known.get(key);
      if (!laidOut) {
        laidOut = await this.layoutInWorker(nodeElements, edges, layoutSeed(layout, nodes.length, edges.length));
        if (ticket !== this.showCounter) return false;
        if (laidOut) {
          if (!known) this.workerLayouts.set(layoutNetwork, new Map());
          this.workerLayouts.get(layoutNetwork).set(key, laidOut);
        }
      } else {
        laidOut = { ...laidOut, ms: 0, roundTripMs: 0, longestPauseMs: 0, remembered: true };
      }
    }

    const cy = this.cy;
    this.setRendering({ large, haystack: edges.length > HUGE_EDGES });
    this.scores = scores || new Map();
    this.layoutScores = layoutScores || this.scores;
    this.sizeBy = sizeBy;
    cy.startBatch();
    cy.elements().remove();
    if (laidOut) {
      nodeElements.forEach((element, i) => {
        element.position = { x: laidOut.positions[2 * i], y: laidOut.positions[2 * i + 1] };
      });
    }
    cy.add(nodeElements);
    cy.add(edges.map((edge) => edgeElement(edge)));
    this.applySizes(this.layoutScores, sizeBy);
    cy.endBatch();

    if (laidOut) {
      this.lastLayout = {
        thread: laidOut.remembered ? 'remembered' : 'worker',
        ms: Math.round(laidOut.ms),
        roundTripMs: Math.round(laidOut.roundTripMs),
        longestPauseMs: Math.round(laidOut.longestPauseMs),
      };
    } else {
      const mainStarted = performance.now();
      this.runLayout(layout);
      const ms = Math.round(performance.now() - mainStarted);
      // The main thread was busy for the whole layout.
      this.lastLayout = { thread: 'main', ms, roundTripMs: ms, longestPauseMs: ms };
    }
    if (this.scores !== this.layoutScores) this.applySizes(this.scores, sizeBy);

    this.applyDate(shown, showEnded);
    cy.resize();
    cy.fit(cy.elements(), 30);
    this.declutterLabels();
    return true;
  }

  /**
   * The date: draws the links current then (the others faded and dashed, or not at all), and dims
   * the organisations not in that day's network or without a current tie.
   */
  applyDate(shown, showEnded) {
    if (!shown) return;
    const cy = this.cy;
    const alive = new Set((shown.edges || []).map((edge) => `e:${edge.data.id}`));
    const present = new Set((shown.nodes || []).map((node) => node.data.id));
    cy.batch(() => {
      const past = cy.edges('[linkId]').filter((edge) => !alive.has(edge.id()));
      if (showEnded) past.addClass('not-current');
      else past.remove();
      this.orgs.forEach((node) => {
        if (!present.has(node.id()) || node.connectedEdges().not('.not-current').not('.proposed').length === 0) node.addClass('inactive');
        else node.removeClass('inactive');
      });
    });
  }

  /**
   * Brings the drawing up to date after an edit without laying it out again, so the picture the
   * editor works on holds still: organisations and links that are gone are removed, changed ones
   * take their new data, and new organisations are placed beside the organisations they are
   * linked to (or in the middle of the view when they have none yet). Answers the ids added.
   */
  patch({ layoutNetwork, shown, showEnded = false, scores, sizeBy }) {
    const cy = this.cy;
    const nodes = layoutNetwork.nodes || [];
    const edges = layoutNetwork.edges || [];
    const wanted = new Map(nodes.map((node) => [node.data.id, node.data]));
    const added = [];
    cy.batch(() => {
      this.orgs.filter((node) => !wanted.has(node.id())).remove();
      cy.edges('[linkId]').remove();
      for (const [id, data] of wanted) {
        const node = cy.getElementById(id);
        if (node.nonempty()) node.data({ ...data, short: shortLabel(data) });
        else added.push(data);
      }
    });
    const size = sizeScale(scores || this.scores, sizeBy === undefined ? this.sizeBy : sizeBy);
    const taken = this.orgs.map((node) => ({ ...node.position(), r: (node.data('size') || PLAIN_SIZE) / 2 }));
    for (const data of added) {
      const position = this.freeSpotNear(data.id, edges, taken, size(data.id) / 2);
      taken.push({ ...position, r: size(data.id) / 2 });
      cy.add({ group: 'nodes', data: { ...data, short: shortLabel(data), size: size(data.id) }, classes: 'org', position });
    }
    cy.add(edges.filter((edge) => wanted.has(edge.data.source) && wanted.has(edge.data.target)).map((edge) => edgeElement(edge)));
    if (scores) {
      this.scores = scores;
      this.applySizes(scores, sizeBy === undefined ? this.sizeBy : sizeBy);
    }
    this.applyDate(shown, showEnded);
    this.declutterLabels();
    return added.map((data) => data.id);
  }

  /**
   * A place for a new organisation of radius r: beside its partners already drawn, else mid-view;
   * clear of every organisation drawn, with room for a label between them.
   */
  freeSpotNear(id, edges, taken, r) {
    const partners = [];
    for (const edge of edges) {
      const other = edge.data.source === id ? edge.data.target : (edge.data.target === id ? edge.data.source : null);
      const node = other && this.cy.getElementById(other);
      if (node && node.nonempty()) partners.push(node.position());
    }
    let centre;
    if (partners.length) {
      centre = { x: partners.reduce((sum, p) => sum + p.x, 0) / partners.length, y: partners.reduce((sum, p) => sum + p.y, 0) / partners.length };
    } else {
      const box = this.cy.extent();
      centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    }
    // Out along a golden-angle spiral until nothing drawn is within reach.
    const room = 30;
    for (let i = partners.length ? 1 : 0; i < 2000; i++) {
      const distance = 20 * Math.sqrt(i);
      const angle = i * 2.399963229728653 + (hash(id) % 628) / 100;
      const spot = { x: centre.x + distance * Math.cos(angle), y: centre.y + distance * Math.sin(angle) };
      if (taken.every((p) => Math.hypot(p.x - spot.x, p.y - spot.y) >= p.r + r + room)) return spot;
    }
    return { x: centre.x, y: centre.y };
  }

  /**
   * Keeps the labels that fit: the biggest organisations' first, then every label that neither
   * overlaps a label kept nor covers another organisation. The others are hidden until the pointer
   * is on their organisation (or it is selected, focused or highlighted). Labels grow with the zoom
   * as the drawing does, so what fits does not change with it. The kept labels' boxes are left on
   * the container for the browser tests.
   */
  declutterLabels() {
    const cy = this.cy;
    const orgs = this.orgs;
    cy.batch(() => orgs.removeClass('label-hidden'));
    if (!this.options.labels || this.options.large) {
      delete cy.container().dataset.labels;
      return;
    }
    const nodeBoxes = orgs.map((node) => ({ id: node.id(), box: node.boundingBox({ includeLabels: false, includeOverlays: false }) }));
    const ordered = orgs.toArray().sort((a, b) => (b.data('size') || 0) - (a.data('size') || 0) || a.id().localeCompare(b.id()));
    const kept = [];
    const hidden = [];
    for (const node of ordered) {
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      if (!(box.w > 0)) continue;
      const clash = kept.some((other) => overlaps(other, box))
        || nodeBoxes.some((other) => other.id !== node.id() && overlaps(other.box, box));
      if (clash) hidden.push(node);
      else kept.push(box);
    }
    cy.batch(() => hidden.forEach((node) => node.addClass('label-hidden')));
    cy.container().dataset.labels = JSON.stringify(kept.map((b) => [b.x1, b.y1, b.x2, b.y2].map((v) => Math.round(v * 10) / 10)));
  }

  /**
   * Runs the force layout in the layout worker. Resolves with the positions (x, y for each node in
   * order), the layout's time in the worker, the time from request to answer (with the worker's start
   * and the messages) and the longest pause of the main thread meanwhile; or with null when
   * the worker is not available or failed (the caller then lays out here) or a newer layout
   * replaced this one. A newer layout stops the older one's worker: its result would be thrown away.
   */
  layoutInWorker(nodeElements, edges, seed) {
    if (this.pendingLayout) {
      this.worker.terminate();
      this.worker = null;
      this.pendingLayout.resolve(null);
    }
    if (!this.worker) {
      try {
        this.worker = new Worker('/js/layout-worker.js');
      } catch (error) {
        return Promise.resolve(null);
      }
    }
    const worker = this.worker;
    const id = ++this.layoutCounter;
    const started = performance.now();
    // A heartbeat on the main thread: its longest gap is the longest time the page could not answer.
    let beat = started;
    let longestPauseMs = 0;
    const heartbeat = setInterval(() => {
      const now = performance.now();
      longestPauseMs = Math.max(longestPauseMs, now - beat);
      beat = now;
    }, 25);
    return new Promise((resolve) => {
      const finish = (result) => {
        clearInterval(heartbeat);
        if (this.pendingLayout && this.pendingLayout.id === id) this.pendingLayout = null;
        resolve(result);
      };
      this.pendingLayout = { id, resolve: finish };
      worker.onmessage = (event) => {
        if (event.data.id !== id) return;
        if (event.data.error) {
          finish(null);
          return;
        }
        longestPauseMs = Math.max(longestPauseMs, performance.now() - beat);
        finish({
          positions: event.data.positions, ms: event.data.ms, roundTripMs: performance.now() - started, longestPauseMs,
        });
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.worker = null;
        finish(null);
      };
      worker.postMessage({
        id,
        seed,
        options: forceOptions(nodeElements.length),
        nodes: nodeElements.map((element) => ({
          id: element.data.id, size: element.data.size, x: element.position.x, y: element.position.y,
        })),
        edges: edges.map((edge) => ({ source: edge.data.source, target: edge.data.target })),
      });
    });
  }

  setRendering({ large, haystack }) {
    const cy = this.cy;
    this.options.large = large;
    this.options.haystack = haystack;
    cy.style(buildStyle(this.options));
    // Faster drawing while panning and zooming big networks.
    const renderer = cy.renderer();
    if (renderer) {
      renderer.textureOnViewport = large;
      renderer.hideEdgesOnViewport = large;
    }
  }

  setLabels(on) {
    this.options.labels = on;
    this.cy.style(buildStyle(this.options));
    this.declutterLabels();
  }

  applySizes(scores, sizeBy) {
    const size = sizeScale(scores, sizeBy);
    this.orgs.forEach((node) => {
      node.data('size', size(node.id()));
      node.data('score', scores.get(node.id()) || 0);
    });
  }

  runLayout(name) {
    const cy = this.cy;
    cy.remove('.group-label');
    const orgs = this.orgs;
    if (orgs.empty()) return;
    const seed = layoutSeed(name, orgs.length, cy.edges().length);
    if (name === 'concentric') {
      // Rings by rank: the most central organisation in the middle, then rings of 2, 4, 8, ... so
      // that a skewed distribution still fills the rings.
      const scores = this.layoutScores;
      const ranked = orgs.toArray().sort((a, b) => (scores.get(b.id()) || 0) - (scores.get(a.id()) || 0)
        || a.id().localeCompare(b.id()));
      const ring = new Map(ranked.map((node, i) => [node.id(), Math.floor(Math.log2(i + 1))]));
      const outer = Math.floor(Math.log2(ranked.length)) + 1;
      withSeed(seed, () => cy.layout({
        name: 'concentric',
        eles: cy.elements(),
        concentric: (node) => outer - (ring.get(node.id()) || 0),
        levelWidth: () => 1,
        minNodeSpacing: orgs.length > LARGE_NODES ? 4 : 14,
        avoidOverlap: orgs.length <= LARGE_NODES,
        animate: false,
        fit: false,
      }).run());
    } else if (name === 'sector' || name === 'country') {
      this.groupLayout(name);
    } else {
      this.forceLayout(seed);
    }
  }

  forceLayout(seed) {
    const options = forceOptions(this.orgs.length);
    if (!window.cytoscapeFcose) options.name = 'cose';
    withSeed(seed, () => this.cy.layout(options).run());
  }

  /** Groups laid out as shelves of sunflower spirals, biggest node first, with a title each. */
  groupLayout(by) {
    const cy = this.cy;
    const scores = this.layoutScores;
    const groups = new Map();
    this.orgs.forEach((node) => {
      const key = by === 'sector' ? node.data('sector') : countryGroup(node.data('countries'));
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(node);
    });
    const keys = Array.from(groups.keys()).sort((a, b) => groupOrder(by, a) - groupOrder(by, b) || String(a).localeCompare(String(b)));
    const spacing = this.orgs.length > LARGE_NODES ? 16 : 34;
    const blocks = keys.map((key) => {
      const members = groups.get(key).sort((a, b) => (scores.get(b.id()) || 0) - (scores.get(a.id()) || 0) || a.id().localeCompare(b.id()));
      const radius = spacing * Math.sqrt(members.length) + 40;
      return { key, members, radius };
    });
    // Titles grow with the groups, so they stay readable when a big network is zoomed out.
    const fontSize = Math.max(22, Math.round(Math.max(...blocks.map((block) => block.radius)) / 6));
    // A group is as wide as its heading needs, so headings side by side never run into each other.
    const measure = textWidth(`bold ${fontSize}px ${FONT}`);
    for (const block of blocks) {
      block.heading = groupLabel(by, block.key);
      block.width = Math.max(2 * block.radius + 60, Math.ceil(measure(block.heading)) + 40);
    }
    const totalArea = blocks.reduce((sum, block) => sum + block.width * (2 * block.radius), 0);
    const rowWidth = Math.max(Math.sqrt(totalArea) * 1.3, 600);
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    const positions = new Map();
    const labels = [];
    for (const block of blocks) {
      const size = 2 * block.radius + 60;
      if (x > 0 && x + block.width > rowWidth) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      const cx = x + block.width / 2;
      const cy0 = y + fontSize + 20 + size / 2;
      block.members.forEach((node, i) => {
        const r = spacing * Math.sqrt(i + 0.5);
        const angle = i * 2.399963229728653; // golden angle
        positions.set(node.id(), { x: cx + r * Math.cos(angle), y: cy0 + r * Math.sin(angle) });
      });
      labels.push({
        group: 'nodes',
        data: { id: `group:${block.key}`, label: block.heading, fontSize },
        classes: 'group-label',
        position: { x: cx, y: y + fontSize / 2 + 10 },
        selectable: false,
        grabbable: false,
      });
      x += block.width;
      rowHeight = Math.max(rowHeight, size + fontSize + 40);
    }
    cy.layout({ name: 'preset', positions: (node) => positions.get(node.id()), animate: false, fit: false }).run();
    cy.add(labels);
  }

  /** Colours organisations by a map of id to colour (communities), or by sector again when null. */
  setNodeColours(colours) {
    this.cy.batch(() => {
      this.orgs.forEach((node) => {
        const colour = colours && colours.get(node.id());
        if (colour) node.data('communityColour', colour);
        else node.removeData('communityColour');
      });
    });
  }

  // ---------------------------------------------------------------- highlights

  clearHighlights() {
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded focus-root path-node path-edge pair introducer introducer-edge');
    });
  }

  /** Whether the organisation is part of the pair, introducers or path on show. */
  isHighlighted(id) {
    const node = this.node(id);
    return node.nonempty() && (node.hasClass('pair') || node.hasClass('introducer') || node.hasClass('path-node'));
  }

  select(id, { center = true } = {}) {
    const node = this.node(id);
    this.cy.$(':selected').unselect();
    if (node.empty() || !node.hasClass('org')) return false;
    node.select();
    if (center) this.cy.animate({ center: { eles: node }, duration: this.options.large ? 0 : 250 });
    return true;
  }

  /** Selects a drawn link by its id; false when it is not drawn. */
  selectLink(linkId) {
    const edge = this.cy.getElementById(`e:${linkId}`);
    this.cy.$(':selected').unselect();
    if (edge.empty()) return false;
    edge.select();
    return true;
  }

  /** Whether a link is drawn. */
  hasLink(linkId) {
    return this.cy.getElementById(`e:${linkId}`).nonempty();
  }

  /** Dims everything but the organisation and its neighbourhood of the given number of steps. */
  focus(id, steps) {
    const node = this.node(id);
    if (node.empty()) return 0;
    let hood = node.closedNeighborhood();
    for (let i = 1; i < steps; i++) hood = hood.closedNeighborhood();
    const nodes = hood.nodes('.org');
    const shown = nodes.union(nodes.edgesWith(nodes));
    this.cy.batch(() => {
      this.clearHighlights();
      this.cy.elements().not(shown).not('.proposed').addClass('faded');
      node.addClass('focus-root');
    });
    this.fitTo(shown, 40);
    return nodes.length;
  }

  /** Highlights a path given by node ids (and link ids, when known). */
  showPath(nodeIds, linkIds) {
    const cy = this.cy;
    let elements = cy.collection();
    nodeIds.forEach((id) => { elements = elements.union(this.node(id)); });
    const links = new Set((linkIds || []).map((id) => `e:${id}`));
    for (let i = 0; i + 1 < nodeIds.length; i++) {
      const a = this.node(nodeIds[i]);
      const b = this.node(nodeIds[i + 1]);
      let between = a.edgesWith(b);
      const chosen = between.filter((edge) => links.has(edge.id()));
      if (chosen.nonempty()) between = chosen;
      elements = elements.union(between.length > 1 ? between.first() : between);
    }
    cy.batch(() => {
      this.clearHighlights();
      cy.elements().not(elements).not('.proposed').addClass('faded');
      elements.nodes().addClass('path-node');
      elements.edges().addClass('path-edge');
    });
    if (elements.nonempty()) this.fitTo(elements, 60);
  }

  /** A bridging pair and the organisations that could introduce them. */
  showPair(fromId, toId, introducerIds) {
    const cy = this.cy;
    const pair = this.node(fromId).union(this.node(toId)).filter('.org');
    let introducers = cy.collection();
    (introducerIds || []).forEach((id) => { introducers = introducers.union(this.node(id)); });
    introducers = introducers.filter('.org');
    const introducerEdges = introducers.edgesWith(pair);
    const proposed = this.addProposed([{ from: fromId, to: toId, type: 'bridging' }], 'bridge');
    const shown = pair.union(introducers).union(introducerEdges).union(proposed);
    cy.batch(() => {
      this.clearHighlights();
      cy.elements().not(shown).not('.proposed').addClass('faded');
      pair.addClass('pair');
      introducers.addClass('introducer');
      introducerEdges.addClass('introducer-edge');
    });
    if (shown.nonempty()) this.fitTo(shown, 60);
    return { pair: pair.length, introducers: introducers.length };
  }

  /** Draws proposed links (dashed); returns the edges added. kind tells them apart. */
  addProposed(links, kind = 'whatif') {
    const cy = this.cy;
    cy.remove(`edge.proposed.${kind}`);
    const added = [];
    links.forEach((link, i) => {
      if (!this.has(link.from) || !this.has(link.to)) return;
      added.push({
        group: 'edges',
        data: { id: `proposed:${kind}:${i}`, source: link.from, target: link.to, type: 'PROPOSED', w: 3 },
        classes: `proposed ${kind}`,
      });
    });
    return added.length ? cy.add(added) : cy.collection();
  }

  removeProposed(kind) {
    this.cy.remove(kind ? `edge.proposed.${kind}` : 'edge.proposed');
  }

  fit() {
    this.cy.fit(this.cy.elements().not('.faded'), 30);
  }

  png() {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000 });
  }

  /** A fingerprint of the picture: every organisation's position, rounded. Same view, same fingerprint. */
  digest() {
    const parts = this.orgs.map((node) => {
      const { x, y } = node.position();
      return `${node.id()}@${Math.round(x)},${Math.round(y)}`;
    }).sort();
    return hash(parts.join(';')).toString(16);
  }

  /** Fits the view to some elements without zooming in further than is comfortable to read. */
  fitTo(elements, padding) {
    this.cy.fit(elements, padding);
    if (this.cy.zoom() > 1.6) {
      this.cy.zoom(1.6);
      this.cy.center(elements);
    }
  }

  /** How the picture was made, for the browser tests: the layout's time and thread, and the rendering. */
  facts() {
    return {
      layoutMs: String(this.lastLayout.ms),
      layoutRoundTripMs: String(this.lastLayout.roundTripMs),
      layoutThread: this.lastLayout.thread,
      layoutPauseMs: String(this.lastLayout.longestPauseMs),
      rendering: this.options.large ? 'light' : 'full',
    };
  }

  counts() {
    return {
      nodes: this.orgs.length,
      links: this.cy.edges().not('.proposed').length,
      notCurrent: this.cy.edges('.not-current').length,
    };
  }
}

/** Node size by score: from MIN_SIZE to MAX_SIZE by the square root of the share of the top score. */
function sizeScale(scores, sizeBy) {
  let max = 0;
  for (const value of scores.values()) if (value > max) max = value;
  return (id) => {
    if (sizeBy === 'none') return PLAIN_SIZE;
    if (max <= 0) return MIN_SIZE;
    const size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, scores.get(id) || 0) / max);
    return Math.round(size * 10) / 10;
  };
}

function edgeElement(edge) {
  const data = edge.data;
  const weight = typeof data.weight === 'number' ? data.weight : 1;
  return {
    group: 'edges',
    data: { ...data, id: `e:${data.id}`, linkId: data.id, w: 1 + Math.min(weight, 4) * 0.6 },
  };
}

/** A function that gives the width of a text in a font (a canvas measures it; a rough guess without one). */
function textWidth(font) {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 0.62 * parseFloat(font.replace(/^bold /, ''));
  context.font = font;
  return (text) => context.measureText(text).width;
}

function countryGroup(countries) {
  if (!countries || countries.length === 0) return '-';
  if (countries.length > 1) return 'REGIONAL';
  return countries[0];
}

function groupOrder(by, key) {
  if (by === 'sector') {
    const index = SECTORS.findIndex((sector) => sector.code === key);
    return index < 0 ? 99 : index;
  }
  if (key === 'REGIONAL') return 0;
  if (key === '-') return 1000;
  const target = TARGET_COUNTRIES.indexOf(key);
  return target >= 0 ? 1 + target : 100;
}

function groupLabel(by, key) {
  if (by === 'sector') return SECTOR[key] ? sectorLabel(key) : key;
  if (key === 'REGIONAL') return 'Several countries';
  if (key === '-') return 'No country';
  return countryName(key);
}
