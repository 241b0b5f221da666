// The PartnerGraph explorer: the page's entry point. It wires the filters, the drawing and the
// side panels together and keeps the view in the address (so a view can be bookmarked and always
// gives the same picture).

import { h, fill, note, $, $$, status, svg, debounce } from './dom.js';
import { getJson, signOut } from './api.js';
import {
  SECTORS, LINK_TYPES, MEASURES, TARGET_COUNTRIES, loadCatalogue, COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR, countryName, themeLabel, shapePoints,
} from './palette.js';
import { Graph } from './graph.js';
import { ViewState, FILTERS } from './view-state.js';
import { StakeholderCombobox } from './combobox.js';
import { DetailsPanel } from './details.js';
import { AnalysisPanel } from './analysis.js';
import { GapsPanel } from './gaps.js';
import { BridgingPanel, WhatIfPanel } from './bridging.js';
import { ImportPanel } from './importer.js';
import { DuplicatesPanel } from './duplicates.js';
import { Editing } from './editing.js';
import { downloadBlob } from './csv.js';
import { SavedViewsPanel, openSavedViewFromAddress } from './saved-views.js';

const CONFIDENTIALITY_LABELS = { PUBLIC: 'Public', INTERNAL: 'Internal', RESTRICTED: 'Restricted' };

const state = new ViewState();

const cache = new Map();
let graph;
let details;
let panels = {};
let editing = null; // the editors' controls; null for viewers, whose page has none
let loadCounter = 0;
let playing = false;
let anonymous = false; // the service lets anyone on this machine read public data (anonymous-read)

// ---------------------------------------------------------------- parameters and the address

function baseParams() {
  return state.baseParams();
}

function params() {
  return state.params();
}

function writeHash() {
  const hash = state.toHash();
  history.replaceState(null, '', hash ? `#${hash}` : window.location.pathname);
}

/** A link opened before signing in keeps its view: the sign-in page kept it for this tab (login.js). */
function restoreViewFromSignIn() {
  const kept = window.sessionStorage.getItem('partnergraph.view');
  if (!kept) return;
  window.sessionStorage.removeItem('partnergraph.view');
  if (!window.location.hash) history.replaceState(null, '', kept);
}

function readHash() {
  state.fromHash(window.location.hash.slice(1), MEASURES.map((m) => m.code));
}

// The address follows every change of the view, so a bookmark or a shared link reopens it.
state.subscribe(writeHash, ['filters', 'year', 'showEnded', 'layout', 'sizeBy', 'colourBy', 'focus', 'selected']);

// ---------------------------------------------------------------- data

async function cached(key, load) {
  if (!cache.has(key)) {
    const promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return cache.get(key);
}

function network(p) {
  return cached(`network|${JSON.stringify(p)}`, () => getJson('/api/v1/network', p));
}

async function scores(measure, p, net) {
  if (measure === 'none') measure = 'degree';
  try {
    const result = await cached(`centrality|${measure}|${JSON.stringify(p)}`, () => getJson('/api/v1/analysis/centrality', { ...p, measure }));
    return new Map((result.scores || []).map((s) => [s.id, typeof s.score === 'number' ? s.score : 0]));
  } catch (error) {
    // The page stays usable when the measure cannot be computed: the server says why, sizes fall back to links drawn.
    status(`Sizes show the number of links: ${error.message}`, 'error');
    const degree = new Map((net.nodes || []).map((n) => [n.data.id, 0]));
    for (const edge of net.edges || []) {
      degree.set(edge.data.source, (degree.get(edge.data.source) || 0) + 1);
      degree.set(edge.data.target, (degree.get(edge.data.target) || 0) + 1);
    }
    return degree;
  }
}

/** Community colours (by id) of the network the layout uses, so the colours hold while the years play. */
async function communityColours(p) {
  const result = await cached(`communities|${JSON.stringify(p)}`, () => getJson('/api/v1/analysis/communities', p));
  const colours = new Map();
  const legend = [];
  // The server lists the communities largest first; the biggest get the distinct colours.
  (result.communities || []).forEach((community, i) => {
    const colour = i < COMMUNITY_COLOURS.length && community.members.length > 1 ? COMMUNITY_COLOURS[i] : OTHER_COMMUNITY_COLOUR;
    community.members.forEach((id) => colours.set(id, colour));
    if (colour !== OTHER_COMMUNITY_COLOUR) legend.push({ label: `Community ${i + 1} (${community.members.length})`, colour });
  });
  if (legend.length < (result.communities || []).length) legend.push({ label: 'Smaller communities and isolates', colour: OTHER_COMMUNITY_COLOUR });
  return { colours, legend, modularity: result.modularity };
}

async function loadOptions() {
  const all = await network({ current: false });
  const countries = new Set();
  const themes = new Set();
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const node of all.nodes || []) {
    (node.data.countries || []).forEach((c) => countries.add(c));
    (node.data.themes || []).forEach((t) => themes.add(t));
  }
  for (const edge of all.edges || []) {
    for (const date of [edge.data.start]) {
      const year = date ? parseInt(String(date).slice(0, 4), 10) : NaN;
      if (Number.isFinite(year)) {
        minYear = Math.min(minYear, year);
        maxYear = Math.max(maxYear, year);
      }
    }
  }
  const now = new Date().getFullYear();
  state.options = {
    countries: Array.from(countries).sort((a, b) => rankCountry(a) - rankCountry(b) || countryName(a).localeCompare(countryName(b))),
    themes: Array.from(themes).sort(),
    // From the year before the first dated link, so playing the years starts before it.
    minYear: Number.isFinite(minYear) ? minYear - 1 : now - 10,
    maxYear: Math.max(Number.isFinite(maxYear) ? maxYear : now, now),
    // The service's today (its clock may be set), which dates like "ended today" are counted against.
    today: all.basis && all.basis.asOf ? String(all.basis.asOf) : null,
  };
}

function rankCountry(code) {
  const index = TARGET_COUNTRIES.indexOf(code);
  return index >= 0 ? index : 100;
}

// ---------------------------------------------------------------- the drawing

async function reload({ keepSelection = true } = {}) {
  const load = ++loadCounter;
  const base = baseParams();
  const full = params();
  status('Loading the network…', 'busy');
  try {
    // The picture is laid out from every organisation and link, whatever the dates, so it holds
    // still as the date moves; the network of the ties current on the date (today without one)
    // says which links are drawn as ties and which organisations are in it.
    const every = { ...base, current: false };
    const layoutNetwork = await network(every);
    const shown = await network(full);
    const layoutMeasure = state.sizeBy === 'none' ? 'degree' : state.sizeBy;
    const layoutScores = await scores(layoutMeasure, every, layoutNetwork);
    // Sizes, like every panel, count the current ties only.
    const sizeScores = await scores(layoutMeasure, full, shown);
    if (load !== loadCounter) return;
    const communities = state.colourBy === 'community' ? await communityColours(every) : null;
    if (load !== loadCounter) return;
    status(`Laying out ${(layoutNetwork.nodes || []).length.toLocaleString('en')} organisations…`, 'busy');
    const drawn = await graph.show({
      layoutNetwork, shown, showEnded: state.showEnded, layout: state.layout, layoutScores, scores: sizeScores, sizeBy: state.sizeBy,
    });
    if (!drawn || load !== loadCounter) return;
    graph.setNodeColours(communities && communities.colours);
    showNodeLegend(communities);
    showLinkLegend(graph.options.haystack, state.showEnded);
    showSizeLegend();
    showDateBasis(shown.basis);
    panels.whatif.redraw();
    describeDrawing(shown);
    status('');
    // Highlights of paths and pairs belong to the elements just replaced.
    $('#cy').classList.remove('highlighting');
    if (state.focus && graph.has(state.focus.id)) {
      const count = graph.focus(state.focus.id, state.focus.steps);
      $('#cy').classList.add('highlighting');
      $('#cy').dataset.highlight = `focus:${count}`;
      graph.select(state.focus.id, { center: false });
    } else if (keepSelection && state.selected && graph.has(state.selected)) {
      graph.select(state.selected, { center: false });
    }
    updateFocusButtons();
  } catch (error) {
    if (load === loadCounter) status(`The network could not be loaded: ${error.message}`, 'error');
  }
  markPanelsStale();
}

/** What is drawn, for people using the keyboard (graph-info) and for the browser tests. */
function describeDrawing(shown) {
  const { nodes, links, notCurrent } = graph.counts();
  Object.assign($('#cy').dataset, { nodes: String(nodes), links: String(links), layout: state.layout, colourBy: state.colourBy, ...graph.facts(), digest: graph.digest(), highlight: '' });
  fill($('#graph-info'), `${nodes} organisations, ${links} links`,
    state.year !== null ? ` alive at the end of ${state.year}` : ` current as of ${shown.basis ? shown.basis.asOf : 'today'}`,
    notCurrent ? ` (${notCurrent} of them not current, faded)` : '',
    nodes === 0 ? h('strong', { text: ' — no organisation matches these filters.' }) : '');
}

/**
 * After an edit: the network is read again and the drawing brought up to date in place (no new
 * layout, so what the editor was looking at stays where it was), then what was written is shown.
 */
async function afterEdit({ select: selectId, selectLink, deselect } = {}) {
  cache.clear();
  const load = ++loadCounter;
  try {
    const layoutNetwork = await network({ ...baseParams(), current: false });
    const shown = await network(params());
    const sizeScores = await scores(state.sizeBy, params(), shown);
    if (load !== loadCounter) return;
    $('#cy').classList.remove('highlighting');
    graph.clearHighlights();
    graph.patch({ layoutNetwork, shown, showEnded: state.showEnded, scores: sizeScores, sizeBy: state.sizeBy });
    describeDrawing(shown);
    if (state.focus && graph.has(state.focus.id)) {
      $('#cy').classList.add('highlighting');
      $('#cy').dataset.highlight = `focus:${graph.focus(state.focus.id, state.focus.steps)}`;
    }
    await loadOptions();
    buildFilters();
  } catch (error) {
    status(`The drawing could not be brought up to date: ${error.message}`, 'error');
  }
  markPanelsStale();
  if (selectId) {
    select(selectId);
    if (!graph.has(selectId)) status('Saved. The filters leave it out of the drawing.');
  } else if (selectLink) {
    showLink(selectLink);
  } else if (deselect) {
    state.update({ selected: null, focus: null });
    graph.cy.elements().unselect();
    details.clear();
    updateFocusButtons();
  }
}

/** A link's details, and the link picked in the drawing. */
function showLink(linkId) {
  graph.selectLink(linkId);
  details.showLink(linkId);
  showTab('details');
}

function select(id, { fromGraph = false } = {}) {
  state.update({ selected: id });
  // A bridging pair or a path stays shown while one of its organisations is looked at; picking any
  // other organisation ends it, so that one's links are not left faded.
  const highlight = $('#cy').dataset.highlight || '';
  if ((highlight.startsWith('pair:') || highlight.startsWith('path:')) && !graph.isHighlighted(id)) {
    graph.clearHighlights();
    graph.removeProposed('bridge');
    $('#cy').classList.remove('highlighting');
    $('#cy').dataset.highlight = '';
  }
  if (graph.has(id)) graph.select(id, { center: !fromGraph });
  details.show(id);
  showTab('details');
  updateFocusButtons();
}

function updateFocusButtons() {
  $('#focus-button').disabled = !(state.selected && graph.has(state.selected));
  $('#clear-focus').disabled = !state.focus && !$('#cy').classList.contains('highlighting');
}

function focusSelected() {
  if (!state.selected || !graph.has(state.selected)) return;
  const steps = parseInt($('#focus-steps').value, 10);
  state.update({ focus: { id: state.selected, steps } });
  const count = graph.focus(state.selected, steps);
  $('#cy').classList.add('highlighting');
  $('#cy').dataset.highlight = `focus:${count}`;
  status(`${count} organisations within ${steps} step${steps > 1 ? 's' : ''}.`);
  updateFocusButtons();
}

function clearFocus() {
  state.update({ focus: null });
  graph.clearHighlights();
  graph.removeProposed('bridge');
  $('#cy').classList.remove('highlighting');
  $('#cy').dataset.highlight = '';
  graph.fit();
  updateFocusButtons();
}

// ---------------------------------------------------------------- filters

function checkList(fieldset, name, items) {
  for (const element of $$('label', fieldset)) element.remove();
  for (const item of items) {
    fieldset.append(h('label', { class: 'check' },
      h('input', { type: 'checkbox', name, value: item.value, checked: state.filters[name].includes(item.value) }),
      ' ', item.swatch || null, item.label));
  }
}

function buildFilters() {
  const { countries, themes, minYear, maxYear } = state.options;
  checkList($('#filter-country'), 'country', countries.map((code) => ({
    value: code, label: `${countryName(code)} (${code})${TARGET_COUNTRIES.includes(code) ? ' · target' : ''}`,
  })));
  checkList($('#filter-sector'), 'sector', SECTORS.map((s) => ({ value: s.code, label: s.label, swatch: sectorSwatch(s, 14) })));
  checkList($('#filter-linkType'), 'linkType', LINK_TYPES.map((t) => ({ value: t.code, label: t.label, swatch: linkSwatch(t, 26) })));
  checkList($('#filter-theme'), 'theme', themes.map((id) => ({ value: id, label: themeLabel(id) })));
  // Only an account that sees more than one level can narrow the view by level (e.g. to PUBLIC before sharing a picture).
  checkList($('#filter-confidentiality'), 'confidentiality', state.visibleLevels.map((level) => ({ value: level, label: CONFIDENTIALITY_LABELS[level] || level })));
  $('#confidentiality-group').hidden = state.visibleLevels.length < 2;
  const year = $('#year');
  year.min = String(minYear);
  year.max = String(maxYear);
  year.value = String(state.year !== null ? state.year : maxYear);
  $('#date-on').checked = state.year !== null;
  year.disabled = state.year === null;
  $('#show-ended').checked = state.showEnded;
  showYear();
  updateCounts();
}

/** The slider's value, or that it is off (the panels then count today's ties). */
function showYear() {
  const off = $('#year').disabled;
  $('#year-out').textContent = off ? 'off (today)' : $('#year').value;
  $('#year').setAttribute('aria-valuetext', off ? 'off: today' : $('#year').value);
}

/** Says above the slider which date and statuses every panel counts (the network's basis). */
function showDateBasis(basis) {
  if (!basis) return;
  $('#date-basis').textContent = state.year !== null
    ? `Every panel counts the ties current on ${basis.asOf}: ended, planned and unknown links left out.`
    : `Every panel counts the ties current today (${basis.asOf}): ended, planned and unknown links left out.`;
}

function updateCounts() {
  for (const key of FILTERS) {
    const count = state.filters[key].length;
    $(`[data-count-for="${key}"]`).textContent = count ? `(${count})` : '';
  }
}

function readFilters() {
  const filters = {};
  for (const key of FILTERS) {
    filters[key] = $$(`input[name="${key}"]:checked`).map((input) => input.value);
  }
  state.update({ filters, year: $('#date-on').checked ? parseInt($('#year').value, 10) : null, showEnded: $('#show-ended').checked });
  updateCounts();
}

const filtersChanged = debounce(() => {
  readFilters();
  reload();
}, 250);

function wireFilters() {
  const form = $('#filters');
  form.addEventListener('change', (event) => {
    if (event.target.id === 'date-on') {
      $('#year').disabled = !event.target.checked;
      showYear();
    }
    filtersChanged();
  });
  $('#year').addEventListener('input', () => {
    $('#year-out').textContent = $('#year').value;
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      $('#year').disabled = true;
      showYear();
      filtersChanged();
    }, 0);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#play').addEventListener('click', () => (playing ? stopPlaying() : play()));
}

async function play() {
  const year = $('#year');
  playing = true;
  const button = $('#play');
  button.setAttribute('aria-pressed', 'true');
  button.textContent = 'Pause';
  $('#date-on').checked = true;
  year.disabled = false;
  let current = state.year !== null && state.year < state.options.maxYear ? state.year : state.options.minYear;
  while (playing && current <= state.options.maxYear) {
    year.value = String(current);
    $('#year-out').textContent = String(current);
    readFilters();
    await reload();
    await new Promise((resolve) => setTimeout(resolve, 900));
    current++;
  }
  stopPlaying();
}

function stopPlaying() {
  playing = false;
  const button = $('#play');
  button.setAttribute('aria-pressed', 'false');
  button.textContent = 'Play the years';
}

// ---------------------------------------------------------------- legend

function sectorSwatch(sector, size = 20) {
  const box = svg('svg', { width: size, height: size, viewBox: '0 0 20 20', 'aria-hidden': 'true', class: 'swatch' });
  const points = shapePoints(sector.shape);
  const shape = points ? svg('polygon', { points }) : svg('circle', { cx: 10, cy: 10, r: 8.5 });
  shape.setAttribute('fill', sector.color);
  shape.setAttribute('stroke', '#303030');
  shape.setAttribute('stroke-width', '1');
  box.append(shape);
  return box;
}

function linkSwatch(type, width = 44) {
  const box = svg('svg', { width, height: 14, viewBox: '0 0 44 14', 'aria-hidden': 'true', class: 'swatch' });
  const line = svg('line', { x1: 2, y1: 7, x2: type.directed ? 34 : 42, y2: 7, stroke: type.color, 'stroke-width': 2.5 });
  if (type.style === 'dashed') line.setAttribute('stroke-dasharray', '6 3');
  if (type.style === 'dotted') line.setAttribute('stroke-dasharray', '1.5 3');
  box.append(line);
  if (type.directed) box.append(svg('polygon', { points: '33,2 43,7 33,12', fill: type.color }));
  return box;
}

/** The node legend: sectors (colour and shape), or communities (colour) with the sector shapes kept. */
function showNodeLegend(communities) {
  $('#legend-nodes-title').textContent = communities ? 'Communities' : 'Sectors';
  if (!communities) {
    fill($('#legend-sectors'), ...SECTORS.map((s) => h('li', {}, sectorSwatch(s), h('span', { text: s.label }))));
    return;
  }
  fill($('#legend-sectors'),
    ...communities.legend.map((entry) => h('li', {}, sectorSwatch({ shape: 'ellipse', color: entry.colour }), h('span', { text: entry.label }))),
    h('li', { class: 'hint', text: `Leiden communities, modularity ${communities.modularity.toFixed(2)}. Shapes still show the sector.` }));
}

/** What node size means in this picture. */
function showSizeLegend() {
  const option = $('#size-by').selectedOptions[0];
  $('#legend-size').textContent = state.sizeBy === 'none' || !option
    ? 'Every organisation drawn the same size.'
    : `Node size: ${option.text.toLowerCase()}, counted on the current ties. Labels that do not fit show on hover.`;
}

/** The link legend; a big view draws every link straight, solid and without arrows, and says so. */
function showLinkLegend(lightLinks, notCurrent = false) {
  fill($('#legend-links'), ...LINK_TYPES.map((t) => h('li', {}, linkSwatch(t),
    h('span', { text: `${t.label}${t.directed ? '' : ' (both ways)'}` }))),
  h('li', {}, h('span', { class: 'legend-proposed', 'aria-hidden': 'true' }), h('span', { text: 'Proposed (not in the data)' })),
  notCurrent ? h('li', {}, h('span', { class: 'legend-not-current', 'aria-hidden': 'true' }), h('span', { text: 'Not a current tie then: ended, planned, unknown or not started' })) : null,
  lightLinks ? h('li', { class: 'hint', text: 'This many links are drawn straight and solid, without arrows: colours tell the types.' }) : null);
}

function buildLegend() {
  showNodeLegend(null);
  showLinkLegend(false);
}

// ---------------------------------------------------------------- tabs and panels

const stale = new Set();

// The analysis and gap panels compute on the filtered network, so they follow the view's filters
// and date; they refresh when shown, or at once when they are the tab on show.
function markPanelsStale() {
  for (const name of ['analysis', 'gaps']) stale.add(name);
  const active = $('[role="tab"][aria-selected="true"]');
  if (active) refreshPanel(active.id.replace('tab-', ''));
}

function refreshPanel(name) {
  if (!stale.has(name)) return;
  stale.delete(name);
  if (name === 'analysis') panels.analysis.load();
  if (name === 'gaps') panels.gaps.load();
}

function showTab(name) {
  for (const tab of $$('[role="tab"]')) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`#${tab.getAttribute('aria-controls')}`).hidden = !selected;
  }
  refreshPanel(name);
}

function wireTabs() {
  const tabs = () => $$('[role="tab"]').filter((tab) => !tab.hidden);
  for (const tab of $$('[role="tab"]')) {
    tab.addEventListener('click', () => showTab(tab.id.replace('tab-', '')));
    tab.addEventListener('keydown', (event) => {
      const list = tabs();
      const index = list.indexOf(tab);
      let next = null;
      if (event.key === 'ArrowRight') next = list[(index + 1) % list.length];
      if (event.key === 'ArrowLeft') next = list[(index - 1 + list.length) % list.length];
      if (event.key === 'Home') next = list[0];
      if (event.key === 'End') next = list[list.length - 1];
      if (next) {
        event.preventDefault();
        showTab(next.id.replace('tab-', ''));
        next.focus();
      }
    });
  }
}

// ---------------------------------------------------------------- find and path

function wireFind() {
  const search = new StakeholderCombobox($('#search'), $('#search-list'), {
    onPick: (item) => {
      select(item.id);
      if (!graph.has(item.id)) status('That organisation is not in the current view: the filters leave it out.');
    },
  });
  $('#focus-button').addEventListener('click', focusSelected);
  $('#clear-focus').addEventListener('click', clearFocus);
  const from = new StakeholderCombobox($('#path-from'), $('#path-from-list'));
  const to = new StakeholderCombobox($('#path-to'), $('#path-to-list'));
  $('#path-button').addEventListener('click', () => findPath(from.value, to.value));
  $('#path-clear').addEventListener('click', () => {
    from.set(null);
    to.set(null);
    fill($('#path-result'));
    clearFocus();
  });
  return search;
}

async function findPath(from, to) {
  const result = $('#path-result');
  if (!from || !to) {
    fill(result, note('Choose both organisations from the suggestions.', 'error'));
    return;
  }
  fill(result, note('Looking for a path…'));
  let paths;
  try {
    const answer = await getJson('/api/v1/bridging/paths', { from: from.id, to: to.id, maxHops: 4, ...params() });
    // The server names each node and link; the drawing works with ids.
    paths = (answer.paths || []).map((p) => ({ ...p, nodes: p.nodes.map((n) => n.id), links: p.links.map((l) => l.id) }));
  } catch (error) {
    fill(result, note(error.message, 'error'));
    return;
  }
  if (!paths.length) {
    fill(result, note(`No path between ${from.name} and ${to.name} within 4 steps in this view.`));
    return;
  }
  const names = new Map(graph.orgs.map((node) => [node.id(), node.data('label')]));
  const show = (path) => {
    graph.showPath(path.nodes, path.links);
    $('#cy').classList.add('highlighting');
    $('#cy').dataset.highlight = `path:${path.nodes.length}`;
    updateFocusButtons();
  };
  show(paths[0]);
  fill(result,
    h('p', { class: 'hint', text: 'Fewest steps first, then strong, recent and public ties.' }),
    h('ol', { class: 'paths' }, ...paths.slice(0, 5).map((path, i) => h('li', {},
      h('button', {
        type: 'button', class: 'link-button', text: `${path.nodes.length - 1} step${path.nodes.length > 2 ? 's' : ''}${i === 0 ? ' (shown)' : ''}`,
        on: { click: () => show(path) },
      }),
      h('span', { text: `: ${path.nodes.map((id) => names.get(id) || id).join(' → ')}` })))));
}

function setColourBy(value) {
  state.update({ colourBy: value });
  $('#colour-by').value = value;
  reload();
}

// ---------------------------------------------------------------- start

/** The measure choices, from the service's list. */
function fillMeasures() {
  const options = () => MEASURES.map((m) => h('option', { value: m.code, text: m.label, title: m.description }));
  fill($('#size-by'), h('option', { value: 'none', text: 'Same size' }), ...options());
  $('#size-by').value = 'degree';
  fill($('#analysis-measure'), ...options());
}

async function start() {
  if (!window.cytoscape) {
    status('The drawing library did not load.', 'error');
    return;
  }
  try {
    await loadCatalogue();
  } catch (error) {
    status(`The service's vocabulary could not be loaded: ${error.message}`, 'error');
    return;
  }
  fillMeasures();
  restoreViewFromSignIn();
  await openSavedViewFromAddress();
  readHash();
  graph = new Graph($('#cy'), {
    // While an editor draws a link, a click on an organisation picks one of its ends.
    onSelect: (id) => (editing && editing.takePick(id)) || select(id, { fromGraph: true }),
    onSelectLink: (linkId) => showLink(linkId),
    onBackground: () => {},
  });
  const inGraph = (id) => graph.has(id);
  details = new DetailsPanel($('#details'), {
    onSelect: (id) => select(id),
    onSelectLink: (linkId) => showLink(linkId),
    inGraph,
    onProposeEnd: (link) => {
      panels.whatif.end(link);
      showTab('whatif');
    },
    onProposeExit: (donor, options) => {
      showTab('whatif');
      panels.whatif.exit(donor, options);
    },
  });
  panels.analysis = new AnalysisPanel($('#analysis-result'), {
    params,
    onSelect: (id) => select(id),
    describe: (id) => (graph.has(id) ? { name: graph.node(id).data('label'), sector: graph.node(id).data('sector') } : { name: id, sector: '' }),
    onColourByCommunity: () => setColourBy('community'),
  });
  panels.gaps = new GapsPanel({
    matrix: $('#gap-matrix'), coverage: $('#gap-coverage'), unlinked: $('#gap-unlinked'), dependencies: $('#gap-dependencies'),
    country: $('#gap-country'), params, onSelect: (id) => select(id),
  });
  panels.whatif = new WhatIfPanel({ graph, params, onSelect: (id) => select(id) });
  panels.bridging = new BridgingPanel({
    graph,
    params,
    onSelect: (id) => select(id),
    onHighlight: (shown) => {
      $('#cy').classList.add('highlighting');
      $('#cy').dataset.highlight = `pair:${shown.pair}:${shown.introducers}`;
      updateFocusButtons();
      status(shown.pair < 2 ? 'One of the pair is not in the current view.' : `Pair shown with ${shown.introducers} possible introducer(s).`);
    },
    onPropose: (link) => {
      panels.whatif.add(link);
      showTab('whatif');
    },
  });
  wireTabs();
  wireFilters();
  wireFind();
  buildLegend();

  $('#layout').value = state.layout;
  $('#size-by').value = state.sizeBy;
  $('#layout').addEventListener('change', () => {
    state.update({ layout: $('#layout').value });
    reload();
  });
  $('#size-by').addEventListener('change', () => {
    state.update({ sizeBy: $('#size-by').value });
    reload();
  });
  $('#colour-by').value = state.colourBy;
  $('#colour-by').addEventListener('change', () => setColourBy($('#colour-by').value));
  $('#show-labels').addEventListener('change', () => graph.setLabels($('#show-labels').checked));
  $('#fit').addEventListener('click', () => graph.fit());
  $('#png').addEventListener('click', async () => downloadBlob('partnergraph.png', await graph.png()));
  $('#sign-out').addEventListener('click', () => (anonymous ? window.location.assign('/login') : signOut()));
  const savedViews = new SavedViewsPanel({
    state,
    positions: () => {
      const positions = {};
      graph.orgs.forEach((node) => {
        const { x, y } = node.position();
        positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
      });
      return positions;
    },
  });

  const account = getJson('/api/v1/me').then((me) => {
    anonymous = me.anonymous === true;
    $('#user').textContent = anonymous ? 'Not signed in: public data, read only' : me.username;
    $('#sign-out').textContent = anonymous ? 'Sign in' : 'Sign out';
    state.update({ visibleLevels: me.visible || ['PUBLIC'] });
    const authorities = me.authorities || [];
    const editor = authorities.includes('ROLE_EDITOR') || authorities.includes('ROLE_ADMIN');
    savedViews.allowSaving(editor || authorities.includes('ROLE_ANALYST'));
    if (!anonymous) savedViews.refresh();
    $('#tab-import').hidden = !editor;
    $('#tab-duplicates').hidden = !editor;
    details.history = !anonymous;
    if (editor) {
      editing = new Editing({
        graph, details, visibleLevels: me.visible || ['PUBLIC'], onChanged: afterEdit, showTab, today: () => state.options.today,
      });
      details.tools = editing;
      panels.duplicates = new DuplicatesPanel({ onSelect: (id) => select(id), onMerged: () => afterEdit() });
      panels.importer = new ImportPanel({
        onImported: async () => {
          cache.clear();
          await loadOptions();
          buildFilters();
          reload();
        },
      });
    }
  }).catch((error) => status(`Could not read your account: ${error.message}`, 'error'));

  try {
    await Promise.all([loadOptions(), account]);
  } catch (error) {
    status(`The network could not be loaded: ${error.message}`, 'error');
    return;
  }
  buildFilters();
  if (editing) await editing.load(state.options.themes).catch((error) => status(`The edit forms' choices could not be loaded: ${error.message}`, 'error'));
  panels.gaps.setCountries(state.options.countries);
  panels.bridging.setCountries(state.options.countries);
  await reload();
  if (state.selected) {
    details.show(state.selected);
    if (state.focus) $('#focus-steps').value = String(state.focus.steps);
  }
  document.body.dataset.ready = 'true';
}

start();
