// The analysis panel: centrality ranking, brokerage roles and structural holes as sortable tables.

import { h, fill, note, $ } from './dom.js';
import { getJson } from './api.js';
import { dataTable } from './table.js';
import { sectorLabel } from './palette.js';

const num = (key, label, digits) => ({ key, label, numeric: true, format: (v) => (v === null || v === undefined ? '' : (Number.isInteger(v) || digits === 0 ? String(v) : v.toFixed(digits || 4))) });

export class AnalysisPanel {
  constructor(container, { params, onSelect }) {
    this.container = container;
    this.params = params;
    this.onSelect = onSelect;
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
      if (kind === 'centrality') {
        const measure = this.measure.value;
        const result = await getJson('/api/v1/analysis/centrality', { ...params, measure });
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
      } else {
        const result = await getJson('/api/v1/analysis/structural-holes', params);
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
      if (request === this.request) fill(this.container, block);
    } catch (error) {
      if (request === this.request) fill(this.container, note(error.unavailable ? 'This analysis is not available yet.' : error.message, error.unavailable ? 'unavailable' : 'error'));
    }
  }
}
