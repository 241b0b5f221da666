// The duplicates panel (editors and admins): pairs of organisations that are likely one, from
// GET /api/v1/stakeholders/duplicates, with their score and reasons. Read-only: merging is done
// elsewhere. Picking a row shows the first organisation of the pair.

import { fill, note, $ } from './dom.js';
import { getJson } from './api.js';
import { dataTable } from './table.js';

const MAX_PAIRS = 200;

function describe(stakeholder) {
  const where = [stakeholder.sector, (stakeholder.countries || []).join(', ')].filter(Boolean).join('; ');
  return where ? `${stakeholder.name} (${where})` : stakeholder.name;
}

export class DuplicatesPanel {
  constructor({ onSelect }) {
    this.onSelect = onSelect;
    this.result = $('#duplicates-result');
    $('#duplicates-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.load();
    });
    // The list follows the network: it is asked for again each time the tab is opened.
    $('#tab-duplicates').addEventListener('click', () => this.load());
  }

  async load() {
    const minScore = $('#duplicates-min').value;
    fill(this.result, note('Looking for duplicates…'));
    let body;
    try {
      body = await getJson('/api/v1/stakeholders/duplicates', { limit: MAX_PAIRS, minScore });
    } catch (error) {
      fill(this.result, note(`Could not find duplicates: ${error.message}`, 'error'));
      return;
    }
    if (!body.pairs.length) {
      fill(this.result, note(`No likely duplicates with a score of ${minScore} or more.`));
      return;
    }
    fill(this.result, dataTable({
      caption: `${body.pairs.length} likely duplicate pair(s)${body.pairs.length === MAX_PAIRS ? ', the best shown' : ''}`,
      filename: 'duplicates.csv',
      rows: body.pairs,
      columns: [
        { key: 'score', label: 'Score', numeric: true },
        { key: 'a', label: 'Organisation', value: (row) => describe(row.a) },
        { key: 'b', label: 'Likely the same as', value: (row) => describe(row.b) },
        { key: 'reasons', label: 'Why', value: (row) => row.reasons.join('; ') },
      ],
      onRow: (row) => this.onSelect(row.a.id),
    }));
  }
}
