// The details panel: one stakeholder with its countries, themes, links and evidence, or one
// link with its ends, dates and evidence. For an editor, the edit controls (editing.js); for a
// signed-in reader, the record's history (history.js).

import { h, fill, note, humanise, formatNumber } from './dom.js';
import { readVersioned } from './curation-api.js';
import { countryName, linkTypeLabel, sectorLabel, themeLabel, LINK_TYPE } from './palette.js';
import { historySection } from './history.js';

function safeUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function field(label, ...value) {
  const values = value.filter((v) => v !== null && v !== undefined && v !== '');
  if (!values.length) return null;
  return [h('dt', { text: label }), h('dd', {}, ...values)];
}

function dates(link) {
  const start = link.start ? link.start.slice(0, 10) : '';
  const end = link.end ? link.end.slice(0, 10) : '';
  if (!start && !end) return '';
  return `${start || '…'} to ${end || 'now'}`;
}

export class DetailsPanel {
  constructor(container, { onSelect, onSelectLink, inGraph, onProposeEnd, onProposeExit }) {
    this.container = container;
    this.onSelect = onSelect;
    this.onSelectLink = onSelectLink;
    this.inGraph = inGraph;
    this.onProposeEnd = onProposeEnd;
    this.onProposeExit = onProposeExit;
    this.request = 0;
    // Set once the account is known: the editors' controls (editing.js), and whether the history shows.
    this.tools = null;
    this.history = false;
  }

  async show(id) {
    const request = ++this.request;
    fill(this.container, note('Loading…'));
    let answer;
    try {
      // With its ETag: an edit started from what is shown here is based on this read.
      answer = await readVersioned(`/api/v1/stakeholders/${encodeURIComponent(id)}`);
    } catch (error) {
      if (request === this.request) fill(this.container, note(error.message, 'error'));
      return;
    }
    if (request !== this.request) return;
    this.render(answer.body, answer.etag);
  }

  render(s, etag) {
    this.request++;
    const website = s.website ? safeUrl(s.website) : null;
    const links = s.links || [];
    const linkList = h('ul', { class: 'links' }, ...links.map((link) => {
      const other = link.other || {};
      const directed = LINK_TYPE[link.type] ? LINK_TYPE[link.type].directed : true;
      const arrow = !directed ? '↔' : (link.direction === 'OUT' ? '→' : '←');
      const otherButton = h('button', {
        type: 'button',
        class: 'link-button',
        text: other.name || other.id,
        title: this.inGraph(other.id) ? 'Select in the drawing' : 'Not in the current view; show its details',
        on: { click: () => this.onSelect(other.id) },
      });
      const meta = [linkTypeLabel(link.type), sectorLabel(other.sector), dates(link), link.status ? humanise(link.status) : '',
        typeof link.confidence === 'number' ? `confidence ${formatNumber(link.confidence, 2)}` : '',
        link.confidentiality && link.confidentiality !== 'PUBLIC' ? humanise(link.confidentiality) : '',
        ...(link.attributes || []).map((a) => `${a.name}: ${a.value}`)]
        .filter(Boolean).join(' · ');
      return h('li', {},
        h('span', { class: 'arrow', 'aria-hidden': 'true', text: arrow }),
        h('span', { class: 'visually-hidden', text: `${linkTypeLabel(link.type)} ${link.direction === 'OUT' ? 'to' : 'from'} ` }),
        otherButton,
        h('div', { class: 'meta', text: meta }),
        link.evidence ? h('div', { class: 'evidence', text: `Evidence: ${link.evidence}` }) : null,
        h('button', {
          type: 'button',
          class: 'secondary small link-details',
          text: 'Link details',
          'aria-label': `Link details: ${linkTypeLabel(link.type)} between ${s.name} and ${other.name || other.id}`,
          on: { click: () => (this.onSelectLink ? this.onSelectLink(link.id) : this.showLink(link.id)) },
        }),
        ' ',
        h('button', {
          type: 'button',
          class: 'secondary small end-link',
          text: 'What if it ended?',
          'aria-label': `What if the link ${linkTypeLabel(link.type)} between ${s.name} and ${other.name || other.id} ended?`,
          on: { click: () => this.onProposeEnd({ id: link.id, type: link.type, from: s, to: other, direction: link.direction }) },
        }));
    }));
    fill(this.container,
      h('h3', { class: 'details-name', text: s.name }),
      this.inGraph(s.id) ? null : note('Not in the current view (the filters leave it out).'),
      h('dl', { class: 'facts' },
        field('Acronym', s.acronym),
        field('Aliases', (s.aliases || []).join('; ')),
        field('Sector', sectorLabel(s.sector)),
        field('Subsector', s.subsector ? humanise(s.subsector) : ''),
        field('Level', s.level ? humanise(s.level) : ''),
        field('Countries', (s.countries || []).map((c) => c.name || countryName(c.code)).join(', ')),
        field('Themes', (s.themes || []).map((t) => t.name || themeLabel(t.id)).join(', ')),
        field('Website', website ? h('a', { href: website, rel: 'noopener noreferrer', target: '_blank', text: s.website }) : (s.website || '')),
        field('Description', s.description),
        field('Evidence', s.evidence),
        field('Confidentiality', s.confidentiality ? humanise(s.confidentiality) : ''),
        // Custom attributes: the extra columns of an import ("focal point", "budget").
        ...(s.attributes || []).map((a) => field(capitalise(a.name), a.value))),
      this.tools ? this.tools.stakeholderActions(s, etag) : null,
      s.sector === 'DONOR' && this.onProposeExit ? this.exitScenario(s) : null,
      h('h4', { text: `Links (${links.length})` }),
      links.length ? linkList : note('No link that you may see.'),
      this.history ? historySection('stakeholder', s.id) : null);
  }

  /** One link: its ends (each a way back to that organisation), type, dates, status and evidence. */
  async showLink(id) {
    const request = ++this.request;
    fill(this.container, note('Loading…'));
    let answer;
    try {
      answer = await readVersioned(`/api/v1/links/${encodeURIComponent(id)}`);
    } catch (error) {
      if (request === this.request) fill(this.container, note(error.message, 'error'));
      return;
    }
    if (request !== this.request) return;
    this.renderLink(answer.body, answer.etag);
  }

  renderLink(link, etag) {
    const from = link.from || {};
    const to = link.to || {};
    const directed = LINK_TYPE[link.type] ? LINK_TYPE[link.type].directed : true;
    const end = (s) => h('button', {
      type: 'button', class: 'link-button', text: s.name || s.id, on: { click: () => this.onSelect(s.id) },
    });
    fill(this.container,
      h('h3', { class: 'details-name link-name', text: `${linkTypeLabel(link.type)}: ${from.name || from.id} ${directed ? '→' : '↔'} ${to.name || to.id}` }),
      this.inGraph(from.id) && this.inGraph(to.id) ? null : note('Not in the current view (the filters leave it out).'),
      h('dl', { class: 'facts' },
        field('Type', linkTypeLabel(link.type)),
        field('From', end(from), ` (${sectorLabel(from.sector)})`),
        field('To', end(to), ` (${sectorLabel(to.sector)})`),
        field('Dates', dates(link)),
        field('Status', link.status ? humanise(link.status) : ''),
        field('Weight', typeof link.weight === 'number' ? formatNumber(link.weight, 2) : ''),
        field('Confidence', typeof link.confidence === 'number' ? formatNumber(link.confidence, 2) : ''),
        field('Evidence', link.evidence),
        field('Confidentiality', link.confidentiality ? humanise(link.confidentiality) : '')),
      this.tools ? this.tools.linkActions(link, etag) : null,
      this.history ? historySection('link', link.id) : null);
  }

  /** A funding-exit scenario for a donor: who would lose every funder, or their path to justice, if it left. */
  exitScenario(s) {
    const fundsOnly = h('input', { type: 'checkbox', class: 'exit-funds-only' });
    return h('div', { class: 'row exit-scenario' },
      h('button', {
        type: 'button',
        class: 'secondary small',
        text: 'If this donor left…',
        'aria-label': `If ${s.name} left: who would be cut off`,
        on: { click: () => this.onProposeExit({ id: s.id, name: s.name }, { fundsOnly: fundsOnly.checked }) },
      }),
      h('label', { class: 'check' }, fundsOnly, ' only its funding'));
  }

  clear() {
    this.request++;
    fill(this.container, h('p', { class: 'hint', text: 'Select an organisation in the drawing, a table or the search box.' }));
  }
}
