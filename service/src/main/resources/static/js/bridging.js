// Bridging opportunities (which new partnerships would close a gap, and who could introduce
// them) and the what-if panel (propose links, see what changes; nothing is saved).

import { h, fill, note, formatNumber, $ } from './dom.js';
import { getJson, sendJson, query } from './api.js';
import { SECTORS, LINK_TYPES, sectorLabel, linkTypeLabel, fillCountrySelect } from './palette.js';
import { StakeholderCombobox } from './combobox.js';
import { basisNote } from './basis.js';

/** The page's filters that bridging takes: the sectors are the panel's own, and so is the country. */
function bridgingFilters(params) {
  const { linkType, asOf, confidentiality, current, includePlanned, includeUnknown } = params;
  return { linkType, asOf, confidentiality, current, includePlanned, includeUnknown };
}

export class BridgingPanel {
  constructor({ graph, onSelect, onPropose, onHighlight, params }) {
    this.graph = graph;
    this.onHighlight = onHighlight;
    this.onSelect = onSelect;
    this.onPropose = onPropose;
    this.params = params;
    this.result = $('#bridging-result');
    this.from = $('#bridge-from');
    this.to = $('#bridge-to');
    this.country = $('#bridge-country');
    this.limit = $('#bridge-limit');
    fill(this.from, ...SECTORS.map((s) => h('option', { value: s.code, text: s.label })));
    this.from.value = 'JUSTICE';
    for (const sector of SECTORS) {
      this.to.append(h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: 'bridge-to', value: sector.code, checked: sector.code === 'CSO' || sector.code === 'PRIVATE' }),
        ` ${sector.label}`));
    }
    $('#bridging-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.load();
    });
  }

  setCountries(codes) {
    fillCountrySelect(this.country, codes);
  }

  async load() {
    const to = Array.from(this.to.querySelectorAll('input:checked')).map((input) => input.value);
    fill(this.result, note('Looking for opportunities…'));
    let result;
    try {
      result = await getJson('/api/v1/bridging/opportunities', {
        ...bridgingFilters(this.params()), from: this.from.value, to, country: this.country.value || undefined, limit: this.limit.value,
      });
    } catch (error) {
      fill(this.result, note(error.message, 'error'));
      return;
    }
    const opportunities = result.opportunities || [];
    if (!opportunities.length) {
      fill(this.result, basisNote(result), note('No opportunity found for this choice.'));
      return;
    }
    fill(this.result, basisNote(result), h('ol', { class: 'opportunities' }, ...opportunities.map((o, i) => this.item(o, i))));
  }

  item(o, index) {
    const from = o.from || {};
    const to = o.to || {};
    const introducers = o.introducers || [];
    const show = h('button', {
      type: 'button',
      class: 'opportunity-button',
      'data-index': index,
      on: {
        click: () => {
          const shown = this.graph.showPair(from.id, to.id, introducers.map((s) => s.id));
          if (!shown.pair) this.onSelect(from.id);
          if (this.onHighlight) this.onHighlight(shown);
          for (const element of this.result.querySelectorAll('.opportunity-button[aria-pressed="true"]')) element.setAttribute('aria-pressed', 'false');
          show.setAttribute('aria-pressed', 'true');
        },
      },
      'aria-pressed': 'false',
    }, h('span', { class: 'pair-names', text: `${from.name || from.id} ↔ ${to.name || to.id}` }),
    h('span', { class: 'meta', text: `${sectorLabel(from.sector)} – ${sectorLabel(to.sector)}${typeof o.score === 'number' ? ` · score ${formatNumber(o.score, 2)}` : ''}` }));
    const names = new Map([[from.id, from.name], [to.id, to.name], ...introducers.map((s) => [s.id, s.name])]);
    const nameOf = (id) => names.get(id) || id;
    const evidence = o.evidence || [];
    return h('li', {},
      show,
      o.explanation ? h('p', { class: 'explanation', text: o.explanation }) : null,
      evidence.length ? h('details', { class: 'evidence' },
        h('summary', { text: `The ${evidence.length === 1 ? 'tie' : `${evidence.length} ties`} this relies on` }),
        h('ul', {}, ...evidence.map((e) => h('li', { text: `${nameOf(e.from)} – ${(e.type || '').toLowerCase().replace(/_/g, ' ')} – ${nameOf(e.to)}${e.evidence ? ` (${e.evidence})` : ''}` })))) : null,
      (o.reasons || []).length ? h('ul', { class: 'reasons' }, ...o.reasons.map((reason) => h('li', { text: typeof reason === 'string' ? reason : JSON.stringify(reason) }))) : null,
      introducers.length ? h('p', { class: 'introducers' }, 'Could introduce: ',
        ...introducers.flatMap((s, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'link-button', text: s.name || s.id, on: { click: () => this.onSelect(s.id) } })]))
        : h('p', { class: 'introducers', text: 'No introducer known.' }),
      h('button', { type: 'button', class: 'secondary small', text: 'Add to what-if', on: { click: () => this.onPropose({ from, to, type: 'COLLABORATES' }) } }));
  }
}

export class WhatIfPanel {
  constructor({ graph, params, onSelect }) {
    this.graph = graph;
    this.params = params;
    this.onSelect = onSelect;
    this.links = [];
    this.endings = []; // existing links proposed to end
    this.exiting = null; // a stakeholder proposed to leave: { id, name, fundsOnly }
    this.list = $('#whatif-list');
    this.result = $('#whatif-result');
    this.fromBox = new StakeholderCombobox($('#whatif-from'), $('#whatif-from-list'));
    this.toBox = new StakeholderCombobox($('#whatif-to'), $('#whatif-to-list'));
    const type = $('#whatif-type');
    fill(type, ...LINK_TYPES.map((t) => h('option', { value: t.code, text: t.label })));
    type.value = 'COLLABORATES';
    $('#whatif-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const from = this.fromBox.value;
      const to = this.toBox.value;
      if (!from || !to) {
        fill(this.result, note('Choose both organisations from the suggestions.', 'error'));
        return;
      }
      if (from.id === to.id) {
        fill(this.result, note('A link needs two different organisations.', 'error'));
        return;
      }
      this.add({ from, to, type: type.value });
      this.fromBox.set(null);
      this.toBox.set(null);
    });
    $('#whatif-run').addEventListener('click', () => this.run());
    $('#whatif-clear').addEventListener('click', () => {
      this.links = [];
      this.endings = [];
      this.exiting = null;
      this.render();
      fill(this.result);
    });
  }

  add(link) {
    this.links.push({ from: { id: link.from.id, name: link.from.name }, to: { id: link.to.id, name: link.to.name }, type: link.type });
    this.render();
  }

  /** Proposes that an existing link ends (it is left out of the network the change is computed on). */
  end(link) {
    if (this.endings.some((ending) => ending.id === link.id)) return;
    const [from, to] = link.direction === 'IN' ? [link.to, link.from] : [link.from, link.to];
    this.endings.push({ id: link.id, type: link.type, from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name } });
    this.render();
  }

  /** Proposes that a stakeholder (a donor) leaves: all its links end, or only its funding, and runs the scenario. */
  exit(stakeholder, { fundsOnly = false } = {}) {
    this.exiting = { id: stakeholder.id, name: stakeholder.name, fundsOnly };
    this.render();
    this.run();
  }

  render() {
    const item = (list, i, verb, link) => h('li', {},
      h('strong', { text: `${verb}: ` }),
      `${link.from.name} – ${linkTypeLabel(link.type)} → ${link.to.name} `,
      h('button', {
        type: 'button', class: 'secondary small', text: 'Remove', 'aria-label': `Remove from the proposal: ${verb} ${link.from.name} to ${link.to.name}`,
        on: { click: () => { list.splice(i, 1); this.render(); } },
      }));
    fill(this.list, ...this.links.map((link, i) => item(this.links, i, 'New', link)),
      ...this.endings.map((link, i) => item(this.endings, i, 'Ends', link)),
      this.exiting ? h('li', {},
        h('strong', { text: 'Leaves: ' }),
        `${this.exiting.name} (${this.exiting.fundsOnly ? 'its funding links only' : 'every link'}) `,
        h('button', {
          type: 'button', class: 'secondary small', text: 'Remove', 'aria-label': `Remove from the proposal: ${this.exiting.name} leaving`,
          on: { click: () => { this.exiting = null; this.render(); } },
        })) : null);
    this.redraw();
  }

  /** The proposed links stay drawn (dashed) after the network reloads. */
  redraw() {
    this.graph.addProposed(this.links.map((link) => ({ from: link.from.id, to: link.to.id, type: link.type })), 'whatif');
  }

  async run() {
    if (!this.links.length && !this.endings.length && !this.exiting) {
      fill(this.result, note('Propose a new link, or choose "What if it ended?" on a link in the details, first.', 'error'));
      return;
    }
    fill(this.result, note('Computing…'));
    let result;
    try {
      // Computed on the network the filters show, like every other panel.
      result = await sendJson('POST', `/api/v1/bridging/what-if${query(this.params())}`, {
        add: this.links.map((link) => ({ from: link.from.id, to: link.to.id, type: link.type })),
        remove: this.endings.map((link) => link.id),
        ...(this.exiting ? { exit: [this.exiting.id], ...(this.exiting.fundsOnly ? { linkTypes: ['FUNDS'] } : {}) } : {}),
      });
    } catch (error) {
      fill(this.result, note(error.message, 'error'));
      return;
    }
    fill(this.result, renderChange(result, this.onSelect));
  }
}

function signed(change, digits) {
  if (Math.abs(change) < 1e-12) return '0';
  return (change > 0 ? '+' : '−') + formatNumber(Math.abs(change), digits);
}

/** A table of before/after rows: [label, before, after, digits]. */
function beforeAfter(caption, rows, { firstColumn = 'Measure' } = {}) {
  return h('table', { class: 'data compact whatif-table' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, ...[firstColumn, 'Before', 'After', 'Change'].map((label, i) => h('th', { scope: 'col', class: i ? 'num' : null, text: label })))),
    h('tbody', {}, ...rows.map(([label, before, after, digits]) => h('tr', { class: Math.abs(after - before) > 1e-12 ? 'changed' : null },
      typeof label === 'string' ? h('th', { scope: 'row', text: label }) : h('th', { scope: 'row' }, label),
      h('td', { class: 'num', text: formatNumber(before, digits) }),
      h('td', { class: 'num', text: formatNumber(after, digits) }),
      h('td', { class: 'num', text: signed(after - before, digits) })))));
}

/** The what-if answer: the network as a whole, sector pairs, the missing-tie checks and the organisations touched. */
function renderChange(result, onSelect) {
  const { before, after } = result;
  const parts = [beforeAfter('The network before and after the proposed change', [
    ['Components', before.components, after.components, 0],
    ['Largest component', before.largestComponent, after.largestComponent, 0],
    ['Fragmentation (share of pairs that cannot reach each other)', before.fragmentation, after.fragmentation, 3],
    ['Sector pairs flagged as gaps', before.flaggedSectorPairs, after.flaggedSectorPairs, 0],
  ])];
  const pairs = result.sectorPairs || [];
  parts.push(pairs.length
    ? h('ul', { class: 'plain-list sector-changes', 'aria-label': 'Sector pairs that change' }, ...pairs.map((pair) => h('li', {
      text: `${sectorLabel(pair.from)} – ${sectorLabel(pair.to)}: ${pair.tiesBefore} → ${pair.tiesAfter} ties`
        + `${pair.flaggedBefore && !pair.flaggedAfter ? ' (gap closed)' : ''}${!pair.flaggedBefore && pair.flaggedAfter ? ' (now a gap)' : ''}`,
    })))
    : h('p', { class: 'hint', text: 'No tie between sectors changes.' }));
  const checks = result.unlinked || [];
  if (checks.length) {
    parts.push(beforeAfter('Missing-tie checks: organisations each check lists', checks.map((check) => [check.description || check.name, check.before, check.after, 0]), { firstColumn: 'Check' }));
  }
  const touched = result.centrality || [];
  if (touched.length) {
    const name = (row) => h('button', { type: 'button', class: 'link-button', text: row.name, on: { click: () => onSelect(row.id) } });
    parts.push(beforeAfter('Organisations touched: degree centrality (share of the others they are linked to)', touched.map((row) => [name(row), row.degreeBefore, row.degreeAfter, 3]), { firstColumn: 'Organisation' }));
    parts.push(beforeAfter('Organisations touched: betweenness (how much they sit on shortest paths)', touched.map((row) => [name(row), row.betweennessBefore, row.betweennessAfter, 4]), { firstColumn: 'Organisation' }));
  }
  if (result.exit) parts.unshift(renderExit(result.exit, onSelect));
  return h('div', { class: 'whatif-answer' }, ...parts);
}

/** Who a stakeholder's exit cuts off, and the partnerships that would best repair it. */
function renderExit(exit, onSelect) {
  const leaving = (exit.stakeholders || []).map((s) => s.name || s.id).join(', ');
  const every = (exit.linkTypes || []).length >= LINK_TYPES.length;
  const name = (s) => h('button', { type: 'button', class: 'link-button', text: s.name || s.id, on: { click: () => onSelect(s.id) } });
  const organisations = (title, rows, describe) => [
    h('h4', { text: `${title} (${rows.length})` }),
    rows.length
      ? h('ul', { class: 'plain-list exit-list', 'aria-label': title }, ...rows.map((row) => h('li', {}, name(row), ` · ${sectorLabel(row.sector)} · ${describe(row)}`)))
      : h('p', { class: 'hint', text: 'None.' }),
  ];
  const repairs = (title, rows) => (rows.length ? [
    h('h4', { text: title }),
    h('ol', { class: 'opportunities exit-repairs' }, ...rows.map((o) => h('li', {},
      name(o.from || {}), ' ↔ ', name(o.to || {}),
      h('span', { class: 'meta', text: ` · score ${formatNumber(o.score, 2)}` }),
      o.explanation ? h('p', { class: 'explanation', text: o.explanation }) : null))),
  ] : []);
  const names = new Map((exit.stakeholders || []).map((s) => [s.id, s.name || s.id]));
  const fundersOf = (row) => `funded before by ${(row.funders || []).map((id) => names.get(id) || id).join(', ')} only`
    + ((row.tiedDonors || []).length ? `; already tied to ${row.tiedDonors.map((d) => d.name || d.id).join(', ')}, who could be asked to fund it` : '');
  return h('section', { class: 'whatif-exit', 'aria-label': 'If it left' },
    h('h4', { text: `If ${leaving} left (${every ? 'every link' : `its ${(exit.linkTypes || []).map(linkTypeLabel).join(', ').toLowerCase()} links only`}): ${(exit.ended || []).length} links end` }),
    ...organisations('Organisations that lose every funder', exit.loseEveryFunder || [], fundersOf),
    ...organisations('Organisations that lose their last path to a justice agency', exit.loseJusticePath || [],
      (row) => `reached ${row.justiceAgencies} justice ${row.justiceAgencies === 1 ? 'agency' : 'agencies'} before`),
    ...repairs('Partnerships with another donor that would restore funding', exit.repairFunding || []),
    ...repairs('Partnerships with a justice agency that would restore a path', exit.repairJustice || []));
}
