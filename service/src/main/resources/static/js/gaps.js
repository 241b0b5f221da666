// The gap dashboard: ties between sectors (heatmap, E-I index), coverage of themes, and the
// named checks of missing ties. The gap endpoints may not exist yet on a server: each part then
// says so and the rest of the page works on.

import { h, fill, note, formatNumber } from './dom.js';
import { getJson } from './api.js';
import { SECTORS, sectorLabel, sectorShort, themeLabel, countryName } from './palette.js';

const UNAVAILABLE = 'Not available yet: this server does not offer this analysis.';

function failure(error) {
  return error.unavailable ? note(UNAVAILABLE, 'unavailable') : note(error.message, 'error');
}

/** A colour for a density from 0 to 1 (light to dark blue) with a text colour that stays readable. */
function heat(density) {
  if (density === null || density === undefined) return { background: '#f2f2f2', color: '#555555' };
  const t = Math.max(0, Math.min(1, Math.sqrt(density)));
  const light = [239, 243, 255];
  const dark = [8, 69, 148];
  const rgb = light.map((l, i) => Math.round(l + (dark[i] - l) * t));
  return { background: `rgb(${rgb.join(',')})`, color: t > 0.5 ? '#ffffff' : '#111111' };
}

export class GapsPanel {
  constructor({ matrix, coverage, unlinked, country, onSelect }) {
    this.matrix = matrix;
    this.coverage = coverage;
    this.unlinked = unlinked;
    this.country = country;
    this.onSelect = onSelect;
    this.request = 0;
    country.addEventListener('change', () => this.load());
  }

  setCountries(codes) {
    const current = this.country.value;
    fill(this.country, h('option', { value: '', text: 'All countries' }),
      ...codes.map((code) => h('option', { value: code, text: `${countryName(code)} (${code})` })));
    this.country.value = codes.includes(current) ? current : '';
  }

  async load() {
    const request = ++this.request;
    const country = this.country.value || undefined;
    fill(this.matrix, note('Loading…'));
    fill(this.coverage, note('Loading…'));
    fill(this.unlinked, note('Loading…'));
    const [matrix, coverage, unlinked] = await Promise.allSettled([
      getJson('/api/v1/gaps/sector-matrix', { country }),
      getJson('/api/v1/gaps/coverage', { dimension: 'theme', country }),
      getJson('/api/v1/gaps/unlinked', { country }),
    ]);
    if (request !== this.request) return;
    fill(this.matrix, matrix.status === 'fulfilled' ? this.renderMatrix(matrix.value) : failure(matrix.reason));
    fill(this.coverage, coverage.status === 'fulfilled' ? this.renderCoverage(coverage.value, country) : failure(coverage.reason));
    fill(this.unlinked, unlinked.status === 'fulfilled' ? this.renderUnlinked(unlinked.value) : failure(unlinked.reason));
  }

  renderMatrix(result) {
    const cells = new Map();
    for (const cell of result.cells || []) {
      cells.set(`${cell.from}|${cell.to}`, cell);
      cells.set(`${cell.to}|${cell.from}`, cell);
    }
    const sectors = SECTORS.map((s) => s.code);
    const table = h('table', { class: 'heatmap' },
      h('caption', { text: 'Organisation pairs with at least one link, between and within sectors. Colour: density. ⚠ marks a thin or missing tie.' }),
      h('thead', {}, h('tr', {}, h('td'), ...sectors.map((code) => h('th', { scope: 'col', title: sectorLabel(code) }, h('span', { class: 'vertical', text: sectorShort(code) }))))),
      h('tbody', {}, ...sectors.map((row) => h('tr', {},
        h('th', { scope: 'row', title: sectorLabel(row), text: sectorShort(row) }),
        ...sectors.map((col) => {
          const cell = cells.get(`${row}|${col}`);
          if (!cell) return h('td', { class: 'empty', title: 'No possible pair', text: '' });
          const colours = heat(cell.density);
          const td = h('td', {
            class: cell.flagged ? 'flagged' : null,
            title: `${sectorLabel(row)} – ${sectorLabel(col)}: ${cell.ties} ties, ${cell.links} links, density ${formatNumber(cell.density)}${cell.flagged ? ' (gap)' : ''}`,
            text: `${cell.flagged ? '⚠ ' : ''}${cell.ties}`,
          });
          td.style.backgroundColor = colours.background;
          td.style.color = colours.color;
          return td;
        })))));
    const ei = [];
    if (Array.isArray(result.sectors)) {
      for (const s of result.sectors) ei.push([s.sector, s.eiIndex]);
    } else if (result.eiIndex && typeof result.eiIndex === 'object') {
      for (const [sector, value] of Object.entries(result.eiIndex)) ei.push([sector, value]);
    }
    const eiList = ei.length ? h('table', { class: 'data compact' },
      h('caption', { text: 'E-I index: −1 only ties inside the sector (a silo), +1 only outside' }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Sector' }), h('th', { scope: 'col', class: 'num', text: 'E-I index' }))),
      h('tbody', {}, ...ei.map(([sector, value]) => h('tr', {}, h('td', { text: sectorLabel(sector) }),
        h('td', { class: 'num', text: value === null || value === undefined ? 'no ties' : formatNumber(value, 2) })))))
      : null;
    return h('div', {}, h('div', { class: 'table-scroll' }, table), eiList);
  }

  renderCoverage(result, country) {
    let cells = result.cells || [];
    if (country) cells = cells.filter((cell) => !cell.country || cell.country === country);
    if (!cells.length) return note('Nothing to show for this choice.');
    const byTheme = cells.some((cell) => cell.theme);
    const rowKey = (cell) => (byTheme ? cell.theme : cell.country);
    const rows = Array.from(new Set(cells.map(rowKey)));
    const sectors = SECTORS.map((s) => s.code).filter((code) => cells.some((cell) => cell.sector === code));
    const grid = new Map();
    for (const cell of cells) {
      const key = `${rowKey(cell)}|${cell.sector}`;
      const list = grid.get(key) || [];
      list.push(...(cell.stakeholders || []));
      grid.set(key, list);
    }
    const detail = h('div', { class: 'coverage-detail', 'aria-live': 'polite' });
    const table = h('table', { class: 'heatmap coverage' },
      h('caption', { text: `${byTheme ? 'Themes' : 'Countries'} by sector${country ? ` in ${countryName(country)}` : ' (all countries together)'}: how many organisations serve each; an empty cell is a gap.` }),
      h('thead', {}, h('tr', {}, h('td'), ...sectors.map((code) => h('th', { scope: 'col', title: sectorLabel(code) }, h('span', { class: 'vertical', text: sectorShort(code) }))))),
      h('tbody', {}, ...rows.map((row) => h('tr', {},
        h('th', { scope: 'row', text: byTheme ? themeLabel(row) : countryName(row) }),
        ...sectors.map((sector) => {
          const unique = new Map((grid.get(`${row}|${sector}`) || []).map((s) => [s.id, s]));
          const list = Array.from(unique.values());
          const label = `${byTheme ? themeLabel(row) : countryName(row)}, ${sectorLabel(sector)}: ${list.length} organisation(s)`;
          if (!list.length) return h('td', { class: 'gap', title: `${label}: gap`, text: '–' });
          const button = h('button', {
            type: 'button', class: 'cell-button', 'aria-label': label, text: String(list.length),
            on: {
              click: () => fill(detail, h('p', { text: label }), h('ul', { class: 'plain-list' }, ...list.map((s) => h('li', {},
                h('button', { type: 'button', class: 'link-button', text: s.name, on: { click: () => this.onSelect(s.id) } }))))),
            },
          });
          const colours = heat(Math.min(1, list.length / 5));
          const td = h('td', {}, button);
          td.style.backgroundColor = colours.background;
          button.style.color = colours.color;
          return td;
        })))));
    const gaps = typeof result.gaps === 'number' ? h('p', { class: 'hint', text: `${result.gaps} gaps in all.` }) : null;
    return h('div', {}, h('div', { class: 'table-scroll' }, table), gaps, detail);
  }

  renderUnlinked(result) {
    const checks = result.checks || [];
    if (!checks.length) return note('No check reported anything.');
    return h('div', { class: 'checks-list' }, ...checks.map((check) => {
      const list = check.stakeholders || [];
      return h('details', {},
        h('summary', {}, h('strong', { text: check.name }), ` (${list.length})`),
        check.description ? h('p', { class: 'hint', text: check.description }) : null,
        list.length ? h('ul', { class: 'plain-list' }, ...list.map((s) => h('li', {},
          h('button', { type: 'button', class: 'link-button', text: s.name || s.id, on: { click: () => this.onSelect(s.id) } }))))
          : h('p', { text: 'None.' }));
    }));
  }
}
