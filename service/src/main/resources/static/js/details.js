// The details panel: one stakeholder with its countries, themes, links and evidence.

import { h, fill, note, humanise, formatNumber } from './dom.js';
import { getJson } from './api.js';
import { countryName, linkTypeLabel, sectorLabel, themeLabel, LINK_TYPE } from './palette.js';

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
  constructor(container, { onSelect, inGraph, onProposeEnd, onProposeExit }) {
    this.container = container;
    this.onSelect = onSelect;
    this.inGraph = inGraph;
    this.onProposeEnd = onProposeEnd;
    this.onProposeExit = onProposeExit;
    this.request = 0;
  }

  async show(id) {
    const request = ++this.request;
    fill(this.container, note('Loading…'));
    let stakeholder;
    try {
      stakeholder = await getJson(`/api/v1/stakeholders/${encodeURIComponent(id)}`);
    } catch (error) {
      if (request === this.request) fill(this.container, note(error.message, 'error'));
      return;
    }
    if (request !== this.request) return;
    this.render(stakeholder);
  }

  render(s) {
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
      s.sector === 'DONOR' && this.onProposeExit ? this.exitScenario(s) : null,
      h('h4', { text: `Links (${links.length})` }),
      links.length ? linkList : note('No link that you may see.'));
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
