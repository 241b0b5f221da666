// The analysis panel: centrality ranking, brokerage roles, structural holes and communities as
// sortable tables, and the network summary.

import { h, fill, note, formatNumber, $ } from './dom.js';
import { getJson } from './api.js';
import { basisNote } from './basis.js';
import { dataTable } from './table.js';
import { sectorLabel } from './palette.js';

const num = (key, label, digits) => ({ key, label, numeric: true, format: (v) => (v === null || v === undefined ? '' : (Number.isInteger(v) || digits === 0 ? String(v) : v.toFixed(digits || 4))) });

export class AnalysisPanel {
  constructor(container, { params, onSelect, describe, onColourByCommunity }) {
    this.container = container;
    this.params = params;
    this.onSelect = onSelect;
    this.describe = describe;
    this.onColourByCommunity = onColourByCommunity;
    this.kind = $('#analysis-kind');
    this.measure = $('#analysis-measure');
    this.group = $('#analysis-group');
    this.request = 0;
    for (const select of [this.kind, this.measure, this.group]) select.addEventListener('change', () => this.load());
  }

  async load() {
    const kind = this.kind.value;
    $('#analysis-measure-row').hidden = kind !== 'centrality';
    $('#analysis-group-row').hidden = kind !== 'brokerage';
    const request = ++this.request;
    fill(this.container, note('Computing…'));
    const params = this.params();
    try {
      let block;
      let basis = null; // the answer, for the date and statuses it counted
      if (kind === 'centrality') {
        const measure = this.measure.value;
        const result = await getJson('/api/v1/analysis/centrality', { ...params, measure });
        basis = result;
        block = dataTable({
          caption: `${this.measure.selectedOptions[0].textContent} centrality`,
          filename: `centrality-${measure}.csv`,
          rows: result.scores || [],
          sort: { key: 'rank', ascending: true },
          onRow: (row) => this.onSelect(row.id),
          columns: [
            { key: 'rank', label: 'Rank', numeric: true, format: (v) => String(v) },
            { key: 'name', label: 'Organisation' },
            { key: 'sector', label: 'Sector', format: sectorLabel },
            num('score', 'Score', 4),
          ],
        });
      } else if (kind === 'brokerage') {
        const groupBy = this.group.value;
        const result = await getJson('/api/v1/analysis/brokerage', { ...params, groupBy });
        basis = result;
        const rows = (result.nodes || []).filter((row) => row.total > 0);
        block = dataTable({
          caption: `Brokerage roles (groups: ${groupBy}); organisations that broker at least once`,
          filename: `brokerage-${groupBy}.csv`,
          rows,
          sort: { key: 'total', ascending: false },
          onRow: (row) => this.onSelect(row.id),
          columns: [
            { key: 'name', label: 'Organisation' },
            { key: 'group', label: 'Group', format: (v) => (groupBy === 'sector' ? sectorLabel(v) : v) },
            num('coordinator', 'Coordinator', 0),
            num('itinerant', 'Itinerant', 0),
            num('gatekeeper', 'Gatekeeper', 0),
            num('representative', 'Representative', 0),
            num('liaison', 'Liaison', 0),
            num('total', 'Total', 0),
          ],
        });
      } else if (kind === 'communities') {
        basis = await getJson('/api/v1/analysis/communities', params);
        block = this.communities(basis);
      } else if (kind === 'summary') {
        basis = await getJson('/api/v1/analysis/summary', params);
        block = summary(basis);
      } else {
        const result = await getJson('/api/v1/analysis/structural-holes', params);
        basis = result;
        const cut = new Set(result.articulationPoints || []);
        const rows = (result.nodes || []).map((row) => ({ ...row, articulation: cut.has(row.id) ? 'yes' : '' }));
        const bridges = result.bridges || [];
        block = h('div', {},
          dataTable({
            caption: 'Structural holes: low constraint and high effective size span holes; a cut point disconnects others if it leaves',
            filename: 'structural-holes.csv',
            rows,
            sort: { key: 'constraint', ascending: true },
            onRow: (row) => this.onSelect(row.id),
            columns: [
              { key: 'name', label: 'Organisation' },
              { key: 'sector', label: 'Sector', format: sectorLabel },
              num('constraint', 'Constraint', 3),
              num('effectiveSize', 'Effective size', 2),
              num('efficiency', 'Efficiency', 3),
              { key: 'articulation', label: 'Cut point' },
            ],
          }),
          h('p', { class: 'hint', text: `${cut.size} cut points, ${bridges.length} bridges (links whose loss splits the network).` }));
      }
      if (request === this.request) fill(this.container, basisNote(basis), block);
    } catch (error) {
      if (request === this.request) fill(this.container, note(error.message, 'error'));
    }
  }

  communities(result) {
    const rows = [];
    (result.communities || []).forEach((community, i) => {
      for (const id of community.members) {
        const { name, sector } = this.describe(id);
        rows.push({ id, name, sector, community: i + 1, size: community.members.length });
      }
    });
    return h('div', {},
      h('p', {
        text: `${(result.communities || []).length} communities (Leiden, resolution ${result.resolution}); `
          + `modularity ${formatNumber(result.modularity, 3)}: above about 0.3 the groups are clearly denser inside than between.`,
      }),
      h('button', { type: 'button', class: 'secondary small', text: 'Colour the drawing by community', on: { click: () => this.onColourByCommunity() } }),
      dataTable({
        caption: 'Communities: groups of organisations tied more to each other than to the rest; community 1 is the largest',
        filename: 'communities.csv',
        rows,
        sort: { key: 'community', ascending: true },
        onRow: (row) => this.onSelect(row.id),
        columns: [
          { key: 'community', label: 'Community', numeric: true, format: (v) => String(v) },
          { key: 'name', label: 'Organisation' },
          { key: 'sector', label: 'Sector', format: sectorLabel },
          { key: 'size', label: 'Size', numeric: true, format: (v) => String(v) },
        ],
      }));
  }
}

const SUMMARY_FACTS = [
  ['nodes', 'Organisations', 'in this view'],
  ['links', 'Links', 'every recorded link, of any type'],
  ['ties', 'Ties', 'pairs of organisations with at least one link'],
  ['density', 'Density', 'ties as a share of all possible pairs'],
  ['components', 'Components', 'separate parts that cannot reach each other (isolates count)'],
  ['largestComponentNodes', 'Largest component', 'organisations in the biggest connected part'],
  ['diameter', 'Diameter', 'most steps between two organisations of the largest component'],
  ['averagePathLength', 'Average path length', 'steps between two organisations of the largest component, on average'],
  ['averageClustering', 'Average clustering', "how often two partners of an organisation are partners too"],
  ['sectorAssortativity', 'Sector assortativity', 'above 0: ties mostly stay within a sector; below 0: they cross sectors'],
];

function summary(result) {
  return h('table', { class: 'data compact summary' },
    h('caption', { text: 'The network in figures' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Measure' }), h('th', { scope: 'col', class: 'num', text: 'Value' }),
      h('th', { scope: 'col', text: 'What it says' }))),
    h('tbody', {}, ...SUMMARY_FACTS.map(([key, label, meaning]) => h('tr', { dataset: { key } },
      h('th', { scope: 'row', text: label }),
      h('td', { class: 'num', text: result[key] === null || result[key] === undefined ? 'n/a' : formatNumber(result[key], 3) }),
      h('td', { text: meaning })))));
}
