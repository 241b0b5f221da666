// The history of one organisation or link (GET /api/v1/stakeholders/{id}/history and
// /api/v1/links/{id}/history): who changed it, when, by which edit or import, and each field
// from what to what. A folded section of the details panel; it is read when unfolded, and again
// each time it is unfolded, so it shows an edit made meanwhile.

import { h, fill, note, humanise } from './dom.js';
import { getJson } from './api.js';

const PATHS = {
  stakeholder: (id) => `/api/v1/stakeholders/${encodeURIComponent(id)}/history`,
  link: (id) => `/api/v1/links/${encodeURIComponent(id)}/history`,
};

const ACTIONS = { CREATE: 'Created', UPDATE: 'Changed', DELETE: 'Deleted' };

function shown(value) {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  return String(value);
}

function when(at) {
  if (!at) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  // The reader's own clock, to the minute; the exact time is in the title.
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function source(change) {
  if (change.reverts) return `revert of change ${change.reverts}`;
  if (change.source === 'import') return change.importId ? `import ${change.importId}` : 'import';
  if (change.source === 'edit') return 'edit in the explorer or API';
  return change.source ? humanise(change.source) : '';
}

function entry(change) {
  const fields = Object.entries(change.fields || {});
  return h('li', { class: 'history-entry', dataset: { action: change.action || '' } },
    h('div', { class: 'history-head' },
      h('strong', { text: ACTIONS[change.action] || humanise(change.action) }),
      ' by ', h('span', { class: 'history-actor', text: change.actor || 'unknown' }),
      ', ', h('time', { datetime: change.at || '', title: change.at || '', text: when(change.at) })),
    h('div', { class: 'meta', text: `Source: ${source(change)}` }),
    fields.length ? h('table', { class: 'data compact history-fields' },
      h('caption', { class: 'visually-hidden', text: 'Fields changed' }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Field' }), h('th', { scope: 'col', text: 'From' }), h('th', { scope: 'col', text: 'To' }))),
      h('tbody', {}, ...fields.map(([name, diff]) => h('tr', { dataset: { field: name } },
        h('th', { scope: 'row', text: humanise(name) }),
        h('td', { text: shown(diff && diff.from) }),
        h('td', { text: shown(diff && diff.to) })))))
      : null);
}

/** A folded "History" section for a stakeholder or a link (kind), read when unfolded. */
export function historySection(kind, id) {
  const body = h('div', { class: 'history-body', 'aria-live': 'polite' });
  const section = h('details', { class: 'history', dataset: { kind, id } },
    h('summary', { text: 'History' }), body);
  let request = 0;
  section.addEventListener('toggle', async () => {
    if (!section.open) return;
    const mine = ++request;
    fill(body, note('Reading the history…'));
    let changes;
    try {
      changes = await getJson(PATHS[kind](id));
    } catch (error) {
      if (mine === request) fill(body, note(`Could not read the history: ${error.message}`, 'error'));
      return;
    }
    if (mine !== request) return;
    fill(body, changes.length
      ? h('ol', { class: 'history-list', reversed: true }, ...changes.map(entry))
      : note('No change recorded.'));
  });
  return section;
}
