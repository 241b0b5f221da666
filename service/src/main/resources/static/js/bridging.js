// Bridging opportunities (which new partnerships would close a gap, and who could introduce
// them) and the what-if panel (propose links, see what changes). Both endpoints may not exist yet
// on a server: the panels then say so.

import { h, fill, note, formatNumber, humanise, $ } from './dom.js';
import { getJson, sendJson } from './api.js';
import { SECTORS, LINK_TYPES, sectorLabel, linkTypeLabel, countryName } from './palette.js';
import { StakeholderCombobox } from './combobox.js';

const UNAVAILABLE = 'Not available yet: this server does not offer bridging suggestions.';

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
    const current = this.country.value;
    fill(this.country, h('option', { value: '', text: 'All countries' }),
      ...codes.map((code) => h('option', { value: code, text: `${countryName(code)} (${code})` })));
    this.country.value = codes.includes(current) ? current : '';
  }

  async load() {
    const to = Array.from(this.to.querySelectorAll('input:checked')).map((input) => input.value);
    fill(this.result, note('Looking for opportunities…'));
    let result;
    try {
      result = await getJson('/api/v1/bridging/opportunities', {
        from: this.from.value, to, country: this.country.value || undefined, limit: this.limit.value,
      });
    } catch (error) {
      fill(this.result, error.unavailable ? note(UNAVAILABLE, 'unavailable') : note(error.message, 'error'));
      return;
    }
    const opportunities = result.opportunities || [];
    if (!opportunities.length) {
      fill(this.result, note('No opportunity found for this choice.'));
      return;
    }
    fill(this.result, h('ol', { class: 'opportunities' }, ...opportunities.map((o, i) => this.item(o, i))));
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
    return h('li', {},
      show,
      (o.reasons || []).length ? h('ul', { class: 'reasons' }, ...o.reasons.map((reason) => h('li', { text: typeof reason === 'string' ? reason : JSON.stringify(reason) }))) : null,
      introducers.length ? h('p', { class: 'introducers' }, 'Could introduce: ',
        ...introducers.flatMap((s, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'link-button', text: s.name || s.id, on: { click: () => this.onSelect(s.id) } })]))
        : h('p', { class: 'introducers', text: 'No introducer known.' }),
      h('button', { type: 'button', class: 'secondary small', text: 'Add to what-if', on: { click: () => this.onPropose({ from, to, type: 'COLLABORATES' }) } }));
  }
}

export class WhatIfPanel {
  constructor({ graph, onSelect }) {
    this.graph = graph;
    this.onSelect = onSelect;
    this.links = [];
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
      this.render();
      fill(this.result);
    });
  }

  add(link) {
    this.links.push({ from: { id: link.from.id, name: link.from.name }, to: { id: link.to.id, name: link.to.name }, type: link.type });
    this.render();
  }

  render() {
    fill(this.list, ...this.links.map((link, i) => h('li', {},
      `${link.from.name} – ${linkTypeLabel(link.type)} → ${link.to.name} `,
      h('button', {
        type: 'button', class: 'secondary small', text: 'Remove', 'aria-label': `Remove ${link.from.name} to ${link.to.name}`,
        on: { click: () => { this.links.splice(i, 1); this.render(); } },
      }))));
    this.redraw();
  }

  /** The proposed links stay drawn (dashed) after the network reloads. */
  redraw() {
    this.graph.addProposed(this.links.map((link) => ({ from: link.from.id, to: link.to.id, type: link.type })), 'whatif');
  }

  async run() {
    if (!this.links.length) {
      fill(this.result, note('Add a proposed link first.', 'error'));
      return;
    }
    fill(this.result, note('Computing…'));
    let result;
    try {
      result = await sendJson('POST', '/api/v1/bridging/what-if', {
        add: this.links.map((link) => ({ from: link.from.id, to: link.to.id, type: link.type })),
        remove: [],
      });
    } catch (error) {
      fill(this.result, error.unavailable
        ? note('Not available yet: this server cannot compute what-if changes. The proposed links are drawn dashed.', 'unavailable')
        : note(error.message, 'error'));
      return;
    }
    fill(this.result, renderChange(result));
  }
}

/** Renders a what-if answer: before/after pairs as a table, anything else as a list of values. */
function renderChange(result) {
  if (result && result.before && result.after && typeof result.before === 'object') {
    const keys = Array.from(new Set([...Object.keys(result.before), ...Object.keys(result.after)]))
      .filter((key) => typeof result.before[key] !== 'object' && typeof result.after[key] !== 'object');
    return h('table', { class: 'data compact' },
      h('caption', { text: 'The network before and after the proposed links' }),
      h('thead', {}, h('tr', {}, ...['Measure', 'Before', 'After', 'Change'].map((label) => h('th', { scope: 'col', text: label })))),
      h('tbody', {}, ...keys.map((key) => {
        const before = result.before[key];
        const after = result.after[key];
        const change = typeof before === 'number' && typeof after === 'number' ? after - before : '';
        return h('tr', {}, h('td', { text: humanise(key) }), h('td', { class: 'num', text: formatNumber(before) }),
          h('td', { class: 'num', text: formatNumber(after) }), h('td', { class: 'num', text: change === '' ? '' : (change > 0 ? '+' : '') + formatNumber(change) }));
      })));
  }
  return valueList(result, 0);
}

function valueList(value, depth) {
  if (value === null || typeof value !== 'object') return h('span', { text: formatNumber(value) });
  if (depth > 3) return h('span', { text: JSON.stringify(value) });
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v]) : Object.entries(value);
  return h('dl', { class: 'facts' }, ...entries.flatMap(([key, v]) => [h('dt', { text: humanise(key) }), h('dd', {}, valueList(v, depth + 1))]));
}
