// The duplicates panel (editors and admins): pairs of organisations that are likely one, from
// GET /api/v1/stakeholders/duplicates, with their score and reasons. Picking a row shows the first
// organisation of the pair. Below the table each pair can be merged: "Preview merge" asks
// POST /api/v1/stakeholders/{kept}/merge?dryRun=true and shows what the merge would do; "Merge"
// then sends it with If-Match set to the ETag the preview answered, so a change of the kept
// organisation since the preview is refused (412) rather than merged over. Errors are shown next
// to the pair.

import { fill, h, note, status, $ } from './dom.js';
import { getJson } from './api.js';
import { write } from './curation-api.js';
import { dataTable } from './table.js';

const MAX_PAIRS = 200;

function describe(stakeholder) {
  const where = [stakeholder.sector, (stakeholder.countries || []).join(', ')].filter(Boolean).join('; ');
  return where ? `${stakeholder.name} (${where})` : stakeholder.name;
}

/**
 * POST .../merge: the outcome, and the ETag of the kept organisation (as read by a preview, or
 * after the merge), through the edit API's conditional write.
 */
async function postMerge(keptId, mergedId, { dryRun, etag }) {
  const answer = await write('POST', `/api/v1/stakeholders/${encodeURIComponent(keptId)}/merge`, {
    body: { from: [mergedId] },
    ifMatch: etag,
    params: { dryRun: dryRun ? true : undefined },
  });
  return { outcome: answer.body, etag: answer.etag };
}

/** A problem as text: its detail, and each field error. */
function problemText(error) {
  const errors = (error.problem && error.problem.errors) || [];
  const fields = errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
  if (error.status === 412) return 'The kept organisation was changed since the preview: preview the merge again.';
  return [error.message, ...fields].join(' — ');
}

function linkText(link) {
  return `${link.type} ${link.from} → ${link.to}`;
}

/** What a merge does (or did), as a short list. */
function outcomeView(outcome, names) {
  const kept = outcome.stakeholder;
  const list = (label, items) => (items && items.length ? h('li', {}, `${label}: ${items.join('; ')}`) : null);
  return h('div', { class: 'merge-outcome-body' },
    h('p', {}, `${outcome.dryRun ? 'After the merge' : 'Now'}, ${names.kept} keeps its id (${outcome.kept}) and has:`),
    h('ul', {},
      list('Aliases', kept.aliases),
      list('Countries', kept.countries),
      list('Themes', kept.themes),
      list('Links moved to it', outcome.moved.map(linkText)),
      list('Links joined with a parallel one (evidences combined)',
        outcome.combined.map((c) => `${linkText(c)} (from ${c.absorbed}; evidence: ${c.evidence || 'none'})`)),
      list('Links between the two, dropped', outcome.selfLoopsDropped.map(linkText))),
    h('p', {}, `${names.merged} (${outcome.merged.join(', ')}) ${outcome.dryRun ? 'would be' : 'was'} deleted; `
      + 'its id leads to the kept one. The history records the merge; it cannot be reverted.'));
}

/** The merge controls of one pair: which one stays, preview, merge. */
function pairControls(row, onSelect, onMerged) {
  let kept = row.a;
  let merged = row.b;
  let previewEtag = null;
  const label = h('span', { class: 'merge-pair-label' });
  const output = h('div', { class: 'merge-outcome', 'aria-live': 'polite' });
  const mergeButton = h('button', { type: 'button', hidden: true, text: 'Merge' });
  const previewButton = h('button', { type: 'button', text: 'Preview merge' });
  const swapButton = h('button', { type: 'button', text: 'Swap', title: 'Keep the other one' });
  const show = () => {
    fill(label, 'Keep ', h('strong', { text: kept.name }), ` (${kept.id}), merge `, h('strong', { text: merged.name }),
      ` (${merged.id}) into it `);
    previewEtag = null;
    mergeButton.hidden = true;
    fill(output);
  };
  swapButton.addEventListener('click', () => {
    [kept, merged] = [merged, kept];
    show();
  });
  previewButton.addEventListener('click', async () => {
    fill(output, note('Previewing…'));
    mergeButton.hidden = true;
    try {
      const { outcome, etag } = await postMerge(kept.id, merged.id, { dryRun: true });
      previewEtag = etag;
      fill(output, outcomeView(outcome, { kept: kept.name, merged: merged.name }));
      mergeButton.hidden = false;
    } catch (error) {
      fill(output, note(`Could not preview: ${problemText(error)}`, 'error'));
    }
  });
  mergeButton.addEventListener('click', async () => {
    mergeButton.disabled = true;
    try {
      const { outcome } = await postMerge(kept.id, merged.id, { etag: previewEtag });
      const keptId = kept.id;
      fill(output, note(`Merged ${merged.name} into ${kept.name}.`),
        h('button', { type: 'button', text: `Show ${kept.name}`, on: { click: () => onSelect(keptId) } }),
        outcomeView(outcome, { kept: kept.name, merged: merged.name }));
      mergeButton.hidden = true;
      previewButton.disabled = true;
      swapButton.disabled = true;
      onMerged(keptId);
    } catch (error) {
      output.append(note(`Could not merge: ${problemText(error)}`, 'error'));
    } finally {
      mergeButton.disabled = false;
    }
  });
  show();
  return h('li', { class: 'merge-pair' }, label, swapButton, ' ', previewButton, ' ', mergeButton, output);
}

export class DuplicatesPanel {
  /**
   * onSelect(id) shows an organisation; onMerged(keptId), when given, is told of a merge so the
   * explorer can load the network again. The panel stays open on the merge's outcome.
   */
  constructor({ onSelect, onMerged }) {
    this.onSelect = onSelect;
    this.redraws = Boolean(onMerged);
    this.onMerged = onMerged || (() => {});
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
    const merged = (keptId) => {
      status(this.redraws ? 'Merged. Find duplicates again for the list as it is now.'
        : 'Merged. The drawing shows it once the page is loaded again; find duplicates again for the list as it is now.');
      document.dispatchEvent(new CustomEvent('partnergraph:network-changed', { detail: { kept: keptId } }));
      this.onMerged(keptId);
    };
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
    }),
    h('h3', { text: 'Merge a pair' }),
    h('p', { class: 'hint', text: 'The kept organisation gains the other\'s names (as aliases), countries, themes and links; '
      + 'the other is deleted and its id leads to the kept one. Preview first.' }),
    h('ol', { class: 'merge-pairs' }, ...body.pairs.map((row) => pairControls(row, this.onSelect, merged))));
  }
}
