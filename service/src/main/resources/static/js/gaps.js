// The gap dashboard: ties between sectors (heatmap, E-I index), coverage of themes, the named
// checks of missing ties and the single points of failure. Each part loads on its own, so one
// failing answer leaves the others readable.

import { h, fill, note, formatNumber } from './dom.js';
import { getJson } from './api.js';
import { SECTORS, sectorLabel, sectorShort, themeLabel, countryName, fillCountrySelect } from './palette.js';
import { basisNote } from './basis.js';

function failure(error) {
  return note(error.message, 'error');
}

/** A colour for a density from 0 to 1 (light to dark blue) with a text colour that stays readable. */
function heat(density) {
  if (density === null || density === undefined) return { background: '#f2f2f2', color: '#555555' };
  const t = Math.max(0, Math.min(1, Math.sqrt(density)));
  const light = [239, 243, 255];
  const dark = [8, 69, 148];
  const rgb = light.map((l, i) => Math.round(l + (dark[i] - l) * t));
  return { background: `rgb(${rgb.join(',')})`, color: readableOn(rgb) };
}

/** Black or white text, whichever contrasts more with the background (WCAG relative luminance). */
function readableOn(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const againstBlack = (luminance + 0.05) / 0.05;
  const againstWhite = 1.05 / (luminance + 0.05);
  return againstBlack >= againstWhite ? '#000000' : '#ffffff';
}

/** How the coverage grid draws an empty cell, by the reason it is empty. */
const EMPTY_CELLS = {
  gap: { className: 'gap', text: '–', title: 'gap: the sector is here, its themes are recorded, none works on this' },
  'themes-unknown': { className: 'unknown', text: '?', title: 'themes unknown: some of the sector here have no themes recorded' },
  absent: { className: 'absent', text: '·', title: 'no organisation of this sector here' },
};

const STATUS_RANK = { absent: 1, 'themes-unknown': 2, gap: 3 };

function keyItem(className, text, label) {
  return h('li', {}, h('span', { class: `key-swatch ${className || ''}`, 'aria-hidden': 'true', text }), h('span', { text: label }));
}

/** The colour key of the sector matrix. */
function matrixKey() {
  const ramp = h('span', { class: 'key-ramp', 'aria-hidden': 'true' });
  ramp.style.background = `linear-gradient(to right, ${heat(0).background}, ${heat(0.25).background}, ${heat(1).background})`;
  return h('ul', { class: 'legend key', 'aria-label': 'Colour key of the sector matrix' },
    h('li', {}, ramp, h('span', { text: 'Density of ties, from none to every possible pair' })),
    keyItem('flagged', '⚠ 0', 'Missing (or thin) tie between sectors the question asks about'),
    keyItem('not-asked', '0', 'A pair the question does not ask about (pairs=all asks about every one)'),
    keyItem('empty', '·', 'No possible pair: a sector absent here'));
}

/** The key of the coverage grid. */
function coverageKey() {
  return h('ul', { class: 'legend key', 'aria-label': 'Key of the coverage grid' },
    keyItem('covered', '3', 'Organisations serving it (click for their names)'),
    keyItem('gap', '–', 'Gap: none of the sector here works on it, and their themes are recorded'),
    keyItem('unknown', '?', 'Missing data: some of the sector here have no themes recorded'),
    keyItem('absent', '·', 'No organisation of the sector here'));
}

export class GapsPanel {
  constructor({ matrix, coverage, unlinked, dependencies, country, params, onSelect }) {
    this.matrix = matrix;
    this.coverage = coverage;
    this.unlinked = unlinked;
    this.dependencies = dependencies;
    this.country = country;
    this.params = params;
    this.onSelect = onSelect;
    this.request = 0;
    country.addEventListener('change', () => this.load());
  }

  setCountries(codes) {
    fillCountrySelect(this.country, codes);
  }

  async load() {
    const request = ++this.request;
    const country = this.country.value || undefined;
    // The page's other filters (link types, date, confidentiality...) apply; the country is the dashboard's own.
    const params = { ...this.params(), country };
    for (const part of [this.matrix, this.coverage, this.unlinked, this.dependencies]) fill(part, note('Loading…'));
    const [matrix, coverage, unlinked, dependencies] = await Promise.allSettled([
      getJson('/api/v1/gaps/sector-matrix', params),
      getJson('/api/v1/gaps/coverage', { ...params, dimension: 'theme' }),
      getJson('/api/v1/gaps/unlinked', params),
      getJson('/api/v1/gaps/dependencies', params),
    ]);
    if (request !== this.request) return;
    fill(this.matrix, matrix.status === 'fulfilled' ? this.renderMatrix(matrix.value) : failure(matrix.reason));
    fill(this.coverage, coverage.status === 'fulfilled' ? this.renderCoverage(coverage.value, country) : failure(coverage.reason));
    fill(this.unlinked, unlinked.status === 'fulfilled' ? this.renderUnlinked(unlinked.value) : failure(unlinked.reason));
    fill(this.dependencies, dependencies.status === 'fulfilled' ? this.renderDependencies(dependencies.value) : failure(dependencies.reason));
  }

  renderMatrix(result) {
    const cells = new Map();
    for (const cell of result.cells || []) {
      cells.set(`${cell.from}|${cell.to}`, cell);
      cells.set(`${cell.to}|${cell.from}`, cell);
    }
    const sectors = SECTORS.map((s) => s.code);
    const table = h('table', { class: 'heatmap' },
      h('caption', { text: 'Organisation pairs with at least one current tie, between and within sectors. Colour: density; ⚠ a missing or thin tie between sectors the question asks about; · no possible pair.' }),
      h('thead', {}, h('tr', {}, h('td'), ...sectors.map((code) => h('th', { scope: 'col', title: sectorLabel(code) }, h('span', { class: 'vertical', text: sectorShort(code) }))))),
      h('tbody', {}, ...sectors.map((row) => h('tr', {},
        h('th', { scope: 'row', title: sectorLabel(row), text: sectorShort(row) }),
        ...sectors.map((col) => {
          const cell = cells.get(`${row}|${col}`);
          // No possible pair: a sector without organisations here (or a single one, within its own sector).
          if (!cell || !cell.possiblePairs) return h('td', { class: 'empty', title: `${sectorLabel(row)} – ${sectorLabel(col)}: no possible pair here`, text: '·' });
          const colours = heat(cell.density);
          // Pairs the question does not ask about keep their numbers but step back.
          const td = h('td', {
            class: cell.flagged ? 'flagged' : (cell.asked === false ? 'not-asked' : null),
            title: `${sectorLabel(row)} – ${sectorLabel(col)}: ${cell.ties} ties, ${cell.links} links, density ${formatNumber(cell.density)}${cell.flagged ? ' (gap)' : ''}${cell.asked === false ? ' (not a pair this question asks about)' : ''}`,
            text: `${cell.flagged ? '⚠ ' : ''}${cell.ties}`,
          });
          td.style.backgroundColor = colours.background;
          td.style.color = colours.color;
          return td;
        })))));
    const ei = (result.sectors || []).filter((s) => s.stakeholders > 0).map((s) => [s.sector, s.eiIndex]);
    const eiList = ei.length ? h('table', { class: 'data compact' },
      h('caption', { text: 'E-I index: −1 only ties inside the sector (a silo), +1 only outside' }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Sector' }), h('th', { scope: 'col', class: 'num', text: 'E-I index' }))),
      h('tbody', {}, ...ei.map(([sector, value]) => h('tr', {}, h('td', { text: sectorLabel(sector) }),
        h('td', { class: 'num', text: value === null || value === undefined ? 'no ties' : formatNumber(value, 2) })))))
      : null;
    const flagged = (result.cells || []).filter((c) => c.flagged).length;
    const asked = (result.pairs || []).length;
    return h('div', {}, basisNote(result), h('div', { class: 'table-scroll' }, table), matrixKey(),
      h('p', { class: 'hint', text: `${flagged} of the ${asked} sector pairs asked about have a missing${result.threshold > 0 ? ' or thin' : ''} tie where one is possible.` }),
      eiList);
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
    const statuses = new Map();
    for (const cell of cells) {
      const key = `${rowKey(cell)}|${cell.sector}`;
      const list = grid.get(key) || [];
      list.push(...(cell.stakeholders || []));
      grid.set(key, list);
      // All countries together: a gap anywhere shows before missing data, and missing data before absence.
      const ranks = STATUS_RANK;
      const known = statuses.get(key);
      if (!known || (ranks[cell.status] ?? 0) > (ranks[known] ?? 0)) statuses.set(key, cell.status);
    }
    const detail = h('div', { class: 'coverage-detail', 'aria-live': 'polite' });
    const table = h('table', { class: 'heatmap coverage' },
      h('caption', { text: `${byTheme ? 'Themes' : 'Countries'} by sector${country ? ` in ${countryName(country)}` : ' (all countries together)'}: how many organisations serve each; – a gap, ? themes not recorded, · none of the sector here.` }),
      h('thead', {}, h('tr', {}, h('td'), ...sectors.map((code) => h('th', { scope: 'col', title: sectorLabel(code) }, h('span', { class: 'vertical', text: sectorShort(code) }))))),
      h('tbody', {}, ...rows.map((row) => h('tr', {},
        h('th', { scope: 'row', text: byTheme ? themeLabel(row) : countryName(row) }),
        ...sectors.map((sector) => {
          const unique = new Map((grid.get(`${row}|${sector}`) || []).map((s) => [s.id, s]));
          const list = Array.from(unique.values());
          const label = `${byTheme ? themeLabel(row) : countryName(row)}, ${sectorLabel(sector)}: ${list.length} organisation(s)`;
          if (!list.length) {
            const kind = statuses.get(`${row}|${sector}`) || 'gap';
            const look = EMPTY_CELLS[kind] || EMPTY_CELLS.gap;
            return h('td', { class: look.className, title: `${label}: ${look.title}`, text: look.text });
          }
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
    const gaps = typeof result.gaps === 'number'
      ? h('p', { class: 'hint', text: `${result.gaps} gaps in all; ${result.unknown || 0} empty cells are missing data (themes not recorded), ${result.absent || 0} a sector absent from the country.` })
      : null;
    const complete = (result.completeness || []).filter((c) => c.withoutThemes > 0);
    const completeness = h('div', { class: 'completeness' },
      h('h4', { text: `How complete the data are${country ? ` in ${countryName(country)}` : ''}` }),
      complete.length
        ? h('ul', { class: 'plain-list' }, ...complete.map((c) => h('li', { text: `${c.text}.` })))
        : h('p', { text: 'Every organisation here has its themes recorded.' }));
    return h('div', {}, h('div', { class: 'table-scroll' }, table), coverageKey(), gaps, completeness, detail);
  }

  renderUnlinked(result) {
    const checks = result.checks || [];
    if (!checks.length) return note('No check reported anything.');
    return h('div', { class: 'checks-list' }, ...checks.map((check) => {
      const list = check.stakeholders || [];
      return h('details', {},
        h('summary', {}, h('strong', { text: check.title || check.name }), ` (${list.length})`),
        check.description ? h('p', { class: 'hint', text: check.description }) : null,
        list.length ? h('ul', { class: 'plain-list' }, ...list.map((s) => h('li', {},
          h('button', { type: 'button', class: 'link-button', text: s.name || s.id, on: { click: () => this.onSelect(s.id) } }))))
          : h('p', { text: 'None.' }));
    }));
  }

  renderDependencies(result) {
    const points = result.singlePointsOfFailure || [];
    const funding = (result.fundingConcentration || []).filter((row) => row.funders > 0);
    const nameButton = (s) => h('button', { type: 'button', class: 'link-button', text: s.name || s.id, on: { click: () => this.onSelect(s.id) } });
    const pointList = points.length
      ? h('ul', { class: 'plain-list' }, ...points.map((p) => h('li', {}, nameButton(p),
        h('span', { text: ` (${sectorLabel(p.sector)}) holds ${p.cutOff.length} organisation${p.cutOff.length === 1 ? '' : 's'} to the network: ` }),
        ...p.cutOff.flatMap((s, i) => [i ? ', ' : '', nameButton(s)]))))
      : h('p', { text: 'None: no single organisation holds others to the network.' });
    const fundingTable = funding.length ? h('table', { class: 'data compact' },
      h('caption', { text: "Funding concentration: each funded organisation's share from its largest funder" }),
      h('thead', {}, h('tr', {}, ...['Funded', 'Funders', 'Largest funder', 'Share'].map((label, i) => h('th', { scope: 'col', class: i === 1 || i === 3 ? 'num' : null, text: label })))),
      h('tbody', {}, ...funding.map((row) => h('tr', {},
        h('td', {}, nameButton(row.recipient)),
        h('td', { class: 'num', text: String(row.funders) }),
        h('td', {}, row.largestFunder ? nameButton(row.largestFunder) : ''),
        h('td', { class: 'num', text: `${Math.round(row.share * 100)}%` })))))
      : h('p', { text: 'No funding link in this view.' });
    return h('div', {}, h('h4', { text: 'Single points of failure' }), pointList, fundingTable);
  }
}
