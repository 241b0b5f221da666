// The editors' controls (EDITOR and ADMIN): add an organisation, edit or delete one from its
// details, draw a link between two organisations, end or delete a link. Every write goes through
// the edit API with the ETag of what the editor saw (If-Match), so a change someone made
// meanwhile is answered 412 and offered for reading again rather than overwritten. The page
// creates this only for editors: a viewer's page has none of these controls in it at all.

import { h, fill, note, $, status, humanise } from './dom.js';
import { getJson } from './api.js';
import { readVersioned, write } from './curation-api.js';
import { SECTORS, LINK_TYPES, countryName, themeLabel, linkTypeLabel, ASEAN_COUNTRIES, TARGET_COUNTRIES } from './palette.js';
import { StakeholderCombobox } from './combobox.js';
import { EditForm, textInput, textArea, select, checkboxes, checked, listOf } from './edit-form.js';

const LEVELS = ['REGIONAL', 'NATIONAL', 'SUBNATIONAL', 'INTERNATIONAL'];
const STATUSES = ['ACTIVE', 'PLANNED', 'ENDED', 'UNKNOWN'];
const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** An id made from a name, as an import's ids are written: lower case, words joined by '-'. */
export function idFrom(text) {
  return String(text || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}

function browserToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function sameList(a, b) {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Whether an error is the answer to a stale If-Match. */
function stale(error) {
  return error && error.status === 412;
}

export class Editing {
  /**
   * graph: the drawing; details: the details panel; visibleLevels: the confidentiality levels the
   * account may write; onChanged({select, selectLink, deselect}) brings the drawing up to date
   * after a write and shows what was written; showTab(name) opens a side panel; today() the
   * service's date (YYYY-MM-DD), which an end date is counted against.
   */
  constructor({ graph, details, visibleLevels, onChanged, showTab, today }) {
    this.graph = graph;
    this.serverToday = today;
    this.details = details;
    this.levels = visibleLevels && visibleLevels.length ? visibleLevels : ['PUBLIC'];
    this.onChanged = onChanged;
    this.showTab = showTab;
    this.linkForm = null; // the open "draw a link" form: { from, to } comboboxes
    this.themes = [];
    this.countries = [];
    this.host = h('div', { id: 'edit-form', class: 'edit-host' });
    $('#details').before(this.host);
    this.renderTools();
  }

  /** The vocabulary the forms offer: every country and the built-in themes, with the ones in use. */
  async load(themesInUse = []) {
    const meta = await getJson('/api/v1/meta');
    const asean = new Set(ASEAN_COUNTRIES);
    const rank = (code) => {
      const target = TARGET_COUNTRIES.indexOf(code);
      if (target >= 0) return target;
      return asean.has(code) ? 50 : 100;
    };
    this.countries = (meta.countries || []).map((c) => c.code)
      .sort((a, b) => rank(a) - rank(b) || countryName(a).localeCompare(countryName(b)));
    const themes = new Map((meta.themes || []).map((t) => [t.id, t.name]));
    for (const id of themesInUse) if (!themes.has(id)) themes.set(id, themeLabel(id));
    this.themes = Array.from(themes.entries()).sort((a, b) => a[1].localeCompare(b[1]));
  }

  /** The tools in the left column, after "Find". */
  renderTools() {
    const section = h('section', { id: 'edit-tools', 'aria-labelledby': 'edit-tools-title' },
      h('h2', { id: 'edit-tools-title', text: 'Edit the network' }),
      h('div', { class: 'row' },
        h('button', { type: 'button', id: 'add-organisation', text: 'Add organisation', on: { click: () => this.openOrganisation(null) } }),
        h('button', { type: 'button', id: 'draw-link', class: 'secondary', text: 'Draw a link', on: { click: () => this.openLink() } })),
      h('p', { class: 'hint', text: 'Edit or delete an organisation or a link from its details; click a link in the drawing to see it.' }));
    $('#find-title').closest('section').after(section);
  }

  /** Shows a form above the details, in sight and with the focus on its first field. */
  open(form) {
    this.close();
    this.showTab('details');
    fill(this.host, form.element);
    form.element.scrollIntoView({ block: 'nearest' });
    const first = form.element.querySelector('input:not([type=checkbox]), select, textarea');
    if (first) first.focus();
  }

  /** Today as the service counts it, else as this browser does. */
  today() {
    return (this.serverToday && this.serverToday()) || browserToday();
  }

  close() {
    this.linkForm = null;
    fill(this.host);
  }

  // ---------------------------------------------------------------- organisations

  /**
   * The organisation form: empty to add one, or prefilled from the record as the details panel
   * read it (with that read's ETag) to change it.
   */
  openOrganisation(record, etag) {
    const editing = Boolean(record);
    const r = record || {};
    const form = new EditForm('org', {
      title: editing ? `Edit ${r.name}` : 'Add organisation',
      submitLabel: editing ? 'Save changes' : 'Add organisation',
      onCancel: () => this.close(),
      onSubmit: () => (editing ? this.saveOrganisation(form, r, etag) : this.createOrganisation(form)),
    });
    const name = form.add('name', 'Name', textInput(r.name), { required: true });
    if (!editing) {
      const id = form.add('id', 'Id', textInput(''), { required: true, hint: "Letters, digits, '-', '_' or '.'; made from the name unless you change it." });
      let typed = false;
      id.addEventListener('input', () => { typed = true; });
      name.addEventListener('input', () => {
        if (!typed) id.value = idFrom(name.value);
      });
    }
    form.add('sector', 'Sector', select(SECTORS.map((s) => [s.code, s.label]), r.sector, { blank: 'Choose a sector' }), { required: true });
    form.add('acronym', 'Acronym', textInput(r.acronym));
    form.add('aliases', 'Other names', textInput((r.aliases || []).join('; ')), { hint: "Separated by ';'." });
    form.add('subsector', 'Subsector', textInput(r.subsector), { hint: 'For example police, prosecution, social welfare.' });
    form.add('level', 'Level', select(LEVELS.map((l) => [l, humanise(l)]), r.level, { blank: 'Not recorded' }));
    const countries = (r.countries || []).map((c) => c.code || c);
    form.add('countries', 'Countries', checkboxes('countries', this.countries.map((code) => [code, `${countryName(code)} (${code})`]), countries));
    const themes = (r.themes || []).map((t) => t.id || t);
    const themeItems = this.themes.slice();
    for (const id of themes) if (!themeItems.some(([known]) => known === id)) themeItems.push([id, themeLabel(id)]);
    form.add('themes', 'Themes', checkboxes('themes', themeItems, themes));
    form.add('website', 'Website', textInput(r.website, { inputmode: 'url' }), { hint: 'An http:// or https:// address.' });
    form.add('description', 'Description', textArea(r.description));
    form.add('evidence', 'Evidence', textArea(r.evidence), { hint: 'Where this comes from: a document and its section, a meeting.' });
    form.add('confidentiality', 'Confidentiality', select(this.levels.map((l) => [l, humanise(l)]), r.confidentiality || 'PUBLIC'));
    this.open(form);
    return form;
  }

  /** The form's values as the API takes them: lists as lists, empty text as null. */
  organisationValues(form) {
    const value = (field) => {
      const text = form.fields.get(field).control.value.trim();
      return text === '' ? null : text;
    };
    const values = {};
    for (const field of ['name', 'sector', 'acronym', 'subsector', 'level', 'website', 'description', 'evidence', 'confidentiality']) {
      values[field] = value(field);
    }
    values.aliases = listOf(form.fields.get('aliases').control.value);
    values.countries = checked(form.fields.get('countries').control);
    values.themes = checked(form.fields.get('themes').control);
    if (form.fields.has('id')) values.id = value('id');
    return values;
  }

  async createOrganisation(form) {
    const values = this.organisationValues(form);
    for (const [field, value] of Object.entries(values)) {
      if (value === null || (Array.isArray(value) && !value.length)) delete values[field];
    }
    form.busy(true);
    form.say('Adding…');
    let created;
    try {
      created = (await write('POST', '/api/v1/stakeholders', { body: values })).body;
    } catch (error) {
      form.busy(false);
      // An id in use is a conflict without a field: it belongs next to the id all the same.
      if (error.status === 409) {
        form.clearErrors();
        form.fieldError('id', error.message);
        form.say('Choose another id.', 'error');
      } else {
        form.showProblem(error);
      }
      return;
    }
    this.close();
    status(`Added ${created.name}.`);
    await this.onChanged({ select: created.id });
  }

  /** Sends only the fields changed, so the history shows what this edit changed and nothing else. */
  async saveOrganisation(form, record, etag) {
    const values = this.organisationValues(form);
    const before = {
      name: record.name || null,
      sector: record.sector || null,
      acronym: record.acronym || null,
      subsector: record.subsector || null,
      level: record.level || null,
      website: record.website || null,
      description: record.description || null,
      evidence: record.evidence || null,
      confidentiality: record.confidentiality || 'PUBLIC',
      aliases: record.aliases || [],
      countries: (record.countries || []).map((c) => c.code),
      themes: (record.themes || []).map((t) => t.id),
    };
    const changes = {};
    for (const [field, value] of Object.entries(values)) {
      const old = before[field];
      const same = Array.isArray(value) ? sameList(value, old || []) : value === old;
      if (!same) changes[field] = Array.isArray(value) && !value.length ? null : value;
    }
    if (!Object.keys(changes).length) {
      form.say('Nothing changed.');
      return;
    }
    form.busy(true);
    form.say('Saving…');
    let answer;
    try {
      answer = await write('PATCH', `/api/v1/stakeholders/${encodeURIComponent(record.id)}`, { body: changes, ifMatch: etag });
    } catch (error) {
      form.busy(false);
      if (stale(error)) {
        form.showProblem({ message: 'Someone changed this organisation since you opened it. Reload it to see their change; your changes here will be lost.' },
          [h('button', { type: 'button', class: 'secondary', text: 'Reload it', on: { click: () => this.reloadOrganisation(record.id) } })]);
      } else {
        form.showProblem(error);
      }
      return;
    }
    this.close();
    status(`Saved ${answer.body.name}.`);
    await this.onChanged({ select: answer.body.id });
  }

  /** After a 412: the organisation as it is now, in the details and in the form. */
  async reloadOrganisation(id) {
    let fresh;
    try {
      fresh = await readVersioned(`/api/v1/stakeholders/${encodeURIComponent(id)}`);
    } catch (error) {
      fill(this.host, note(`Could not read it again: ${error.message}`, 'error'));
      return;
    }
    this.details.render(fresh.body, fresh.etag);
    this.openOrganisation(fresh.body, fresh.etag);
  }

  /** The controls in an organisation's details. */
  stakeholderActions(record, etag) {
    const links = (record.links || []).length;
    const confirm = h('div', { class: 'confirm', 'aria-live': 'polite' });
    const askDelete = () => {
      const withLinks = links > 0;
      fill(confirm,
        note(withLinks
          ? `${record.name} has ${links} link${links > 1 ? 's' : ''}. Deleting it deletes ${links > 1 ? 'them' : 'it'} too.`
          : `Delete ${record.name}? An administrator can revert it from the history.`, withLinks ? 'error' : 'info'),
        h('div', { class: 'row' },
          h('button', {
            type: 'button',
            class: 'danger',
            id: 'confirm-delete-organisation',
            text: withLinks ? `Delete with its ${links} link${links > 1 ? 's' : ''}` : 'Delete',
            on: { click: () => this.deleteOrganisation(record, etag, withLinks, confirm) },
          }),
          h('button', { type: 'button', class: 'secondary', text: 'Cancel', on: { click: () => fill(confirm) } })));
      confirm.querySelector('button').focus();
    };
    return h('div', { class: 'edit-actions' },
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'small', id: 'edit-organisation', text: 'Edit', 'aria-label': `Edit ${record.name}`, on: { click: () => this.openOrganisation(record, etag) } }),
        h('button', {
          type: 'button', class: 'secondary small', id: 'link-from-here', text: 'Draw a link from here', on: { click: () => this.openLink({ id: record.id, name: record.name }) },
        }),
        h('button', { type: 'button', class: 'secondary small', id: 'delete-organisation', text: 'Delete', 'aria-label': `Delete ${record.name}`, on: { click: askDelete } })),
      confirm);
  }

  async deleteOrganisation(record, etag, withLinks, confirm) {
    try {
      await write('DELETE', `/api/v1/stakeholders/${encodeURIComponent(record.id)}`, { ifMatch: etag, params: withLinks ? { withLinks: true } : {} });
    } catch (error) {
      fill(confirm, note(stale(error) ? 'Someone changed this organisation since you opened it: read it again before deleting it.' : error.message, 'error'),
        stale(error) ? h('button', { type: 'button', class: 'secondary small', text: 'Reload it', on: { click: () => this.details.show(record.id) } }) : null);
      return;
    }
    this.close();
    status(`Deleted ${record.name}.`);
    await this.onChanged({ deselect: true });
  }

  // ---------------------------------------------------------------- links

  /** The "draw a link" form; from: an organisation to start from ({id, name}), or none. */
  openLink(from) {
    const form = new EditForm('link', {
      title: 'Draw a link',
      submitLabel: 'Draw the link',
      onCancel: () => this.close(),
      onSubmit: () => this.createLink(form),
    });
    const combo = (field, label) => {
      const listId = `${form.id(field)}-list`;
      const input = textInput('', {
        role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, spellcheck: 'false',
      });
      const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
      form.add(field, label, input, { required: true, after: list, rowClass: 'combo', hint: 'Type to search, or click it in the drawing.' });
      return new StakeholderCombobox(input, list);
    };
    const fromBox = combo('from', 'From');
    const toBox = combo('to', 'To');
    form.add('type', 'Type', select(LINK_TYPES.map((t) => [t.code, t.label]), 'COLLABORATES'), { required: true });
    form.add('start', 'Start', textInput(''), { hint: DATE_HINT });
    form.add('end', 'End', textInput(''), { hint: `${DATE_HINT}; empty while it lasts.` });
    form.add('status', 'Status', select(STATUSES.map((s) => [s, humanise(s)]), 'ACTIVE'));
    form.add('evidence', 'Evidence', textArea(''), { hint: 'Where this comes from: a document and its section, a meeting.' });
    form.add('confidentiality', 'Confidentiality', select(this.levels.map((l) => [l, humanise(l)]), 'PUBLIC'));
    this.open(form);
    this.linkForm = { form, from: fromBox, to: toBox };
    if (from) {
      fromBox.set(from);
      toBox.input.focus();
    }
    return form;
  }

  /**
   * A click on an organisation in the drawing while the link form is open fills its ends (the
   * empty one, else "To"); answers whether the click was taken.
   */
  takePick(id) {
    if (!this.linkForm || !this.graph.has(id)) return false;
    const node = this.graph.node(id);
    const picked = { id, name: node.data('label'), sector: node.data('sector') };
    const { from, to, form } = this.linkForm;
    const box = !from.value ? from : to;
    box.set(picked);
    this.graph.select(id, { center: false });
    form.say(`${box === from ? 'From' : 'To'}: ${picked.name}.`);
    return true;
  }

  async createLink(form) {
    const { from, to } = this.linkForm;
    form.clearErrors();
    let missing = false;
    for (const [field, box] of [['from', from], ['to', to]]) {
      if (!box.value) {
        form.fieldError(field, box.input.value.trim() ? 'Choose it from the suggestions or click it in the drawing.' : 'Required.');
        missing = true;
      }
    }
    if (missing) {
      form.say('Choose both organisations.', 'error');
      return;
    }
    const value = (field) => {
      const text = form.fields.get(field).control.value.trim();
      return text === '' ? undefined : text;
    };
    const body = {
      from: from.value.id,
      to: to.value.id,
      type: value('type'),
      start: value('start'),
      end: value('end'),
      status: value('status'),
      evidence: value('evidence'),
      confidentiality: value('confidentiality'),
    };
    form.busy(true);
    form.say('Drawing…');
    let created;
    try {
      created = (await write('POST', '/api/v1/links', { body })).body;
    } catch (error) {
      form.busy(false);
      form.showProblem(error);
      return;
    }
    this.close();
    status(`Linked ${from.value.name} and ${to.value.name} (${linkTypeLabel(created.type)}).`);
    await this.onChanged({ selectLink: created.id });
  }

  /** The controls of a link's details: end the partnership on a date, or delete the link. */
  linkActions(link, etag) {
    const area = h('div', { class: 'edit-area' });
    const ending = () => {
      const form = new EditForm('end', {
        title: 'End the partnership',
        submitLabel: 'End it',
        onCancel: () => fill(area),
        onSubmit: () => this.endLink(form, link, etag),
      });
      form.add('end', 'Ended on', textInput(this.today()), { hint: `${DATE_HINT}. Its status becomes Ended once the day has come.` });
      fill(area, form.element);
      form.fields.get('end').control.focus();
    };
    const askDelete = () => {
      fill(area, note('Delete this link? Ending it keeps the partnership in the record; deleting removes it. An administrator can revert either from the history.'),
        h('div', { class: 'row' },
          h('button', { type: 'button', class: 'danger', id: 'confirm-delete-link', text: 'Delete the link', on: { click: () => this.deleteLink(link, etag, area) } }),
          h('button', { type: 'button', class: 'secondary', text: 'Cancel', on: { click: () => fill(area) } })));
      area.querySelector('button').focus();
    };
    return h('div', { class: 'edit-actions' },
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'small', id: 'end-link', text: 'End partnership', on: { click: ending } }),
        h('button', { type: 'button', class: 'secondary small', id: 'delete-link', text: 'Delete', 'aria-label': 'Delete the link', on: { click: askDelete } })),
      area);
  }

  async endLink(form, link, etag) {
    const end = form.fields.get('end').control.value.trim();
    if (!end) {
      form.clearErrors();
      form.fieldError('end', 'Required: the day it ended.');
      return;
    }
    form.busy(true);
    try {
      await write('PATCH', `/api/v1/links/${encodeURIComponent(link.id)}`, { body: { end }, ifMatch: etag });
    } catch (error) {
      form.busy(false);
      if (stale(error)) {
        form.showProblem({ message: 'Someone changed this link since you opened it.' },
          [h('button', { type: 'button', class: 'secondary', text: 'Reload it', on: { click: () => this.details.showLink(link.id) } })]);
      } else {
        form.showProblem(error);
      }
      return;
    }
    status(`The partnership ended on ${end}.`);
    await this.onChanged({ selectLink: link.id });
  }

  async deleteLink(link, etag, area) {
    try {
      await write('DELETE', `/api/v1/links/${encodeURIComponent(link.id)}`, { ifMatch: etag });
    } catch (error) {
      fill(area, note(stale(error) ? 'Someone changed this link since you opened it: read it again before deleting it.' : error.message, 'error'),
        stale(error) ? h('button', { type: 'button', class: 'secondary small', text: 'Reload it', on: { click: () => this.details.showLink(link.id) } }) : null);
      return;
    }
    status('Link deleted.');
    const from = link.from && link.from.id;
    await this.onChanged(from ? { select: from } : { deselect: true });
  }
}
