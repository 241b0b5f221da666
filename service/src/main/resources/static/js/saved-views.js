// Saved views in the explorer: save the current view in two clicks (Save this view, then Save),
// list the saved ones, open one (/views/{id}), and copy the <iframe> snippet of its embed, which
// shows PUBLIC data only whoever saved it.

import { h, fill, status } from './dom.js';
import { getJson, sendJson } from './api.js';
import { ViewState, FILTERS } from './view-state.js';

/** The explorer address (hash) that shows a saved view: its filters, date, layout, size, colour and focus. */
export function hashOf(view) {
  const state = new ViewState();
  const filters = view.filters || {};
  for (const key of FILTERS) state.filters[key] = filters[key] || [];
  state.year = filters.asOf ? parseInt(filters.asOf.slice(0, 4), 10) : null;
  state.layout = view.layout || 'force';
  state.sizeBy = view.sizeBy || 'degree';
  state.colourBy = view.colourBy || 'sector';
  state.focus = view.focus || null;
  return state.toHash();
}

/**
 * An address #view=ID (where /views/ID leads) becomes the address of that view, before the
 * explorer reads its address.
 */
export async function openSavedViewFromAddress() {
  const match = /^#view=([0-9a-f-]{36})$/.exec(window.location.hash);
  if (!match) return;
  try {
    const view = await getJson(`/api/v1/views/${match[1]}`);
    history.replaceState(null, '', `/#${hashOf(view)}`);
    status(`Saved view: ${view.name}`);
  } catch (error) {
    history.replaceState(null, '', '/');
    status(`The saved view could not be opened: ${error.message}`, 'error');
  }
}

export function embedSnippet(view, address) {
  const src = address || `${window.location.origin}/embed/${view.id}`;
  const title = String(view.name).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' }[c]));
  return `<iframe src="${src}" width="960" height="640" style="border:0" title="${title}" loading="lazy"></iframe>`;
}

export class SavedViewsPanel {
  /** state: the explorer's ViewState; positions(): the drawn positions by id. */
  constructor({ state, positions }) {
    this.state = state;
    this.positions = positions;
    this.list = document.getElementById('saved-views');
    this.form = document.getElementById('save-view-form');
    this.name = document.getElementById('save-view-name');
    this.snippet = document.getElementById('embed-code');
    this.shares = new ShareLinksPanel();
    document.getElementById('save-view').addEventListener('click', () => this.openForm());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
  }

  /** Shows who may save: analysts and above. */
  allowSaving(allowed) {
    document.getElementById('save-view').hidden = !allowed;
    this.saving = allowed;
  }

  openForm() {
    const filters = this.state.filters;
    const parts = [filters.country.join(', '), filters.sector.join(', '), this.state.year ? String(this.state.year) : '']
      .filter(Boolean);
    this.name.value = this.name.value || (parts.length ? `View of ${parts.join(' · ')}` : 'The whole network');
    this.form.hidden = false;
    this.form.querySelector('button[type=submit]').focus();
  }

  async save() {
    const params = this.state.params();
    const filters = {};
    for (const key of FILTERS) filters[key] = this.state.filters[key];
    if (params.asOf) filters.asOf = params.asOf;
    const body = {
      name: this.name.value.trim(),
      filters,
      colourBy: this.state.colourBy,
      sizeBy: this.state.sizeBy,
      layout: this.state.layout,
      focus: this.state.focus,
      positions: this.positions(),
    };
    try {
      const view = await sendJson('POST', '/api/v1/views', body);
      this.form.hidden = true;
      this.name.value = '';
      status(`Saved "${view.name}".`);
      await this.refresh();
      this.showSnippet(view);
    } catch (error) {
      status(`The view could not be saved: ${error.message}`, 'error');
    }
  }

  showSnippet(view) {
    this.snippet.value = embedSnippet(view);
    this.snippet.closest('div').hidden = false;
    this.snippet.dataset.view = view.id;
  }

  async refresh() {
    let views;
    try {
      views = await getJson('/api/v1/views');
    } catch (error) {
      fill(this.list, h('li', { text: `Saved views could not be read: ${error.message}` }));
      return;
    }
    if (!views.length) {
      fill(this.list, h('li', { class: 'muted', text: 'No saved views yet.' }));
      return;
    }
    fill(this.list, ...views.map((view) => h('li', { 'data-view': view.id },
      h('a', { href: `/views/${view.id}`, text: view.name }),
      ' ',
      h('a', { href: `/api/v1/views/${view.id}/image.svg`, target: '_blank', rel: 'noopener', text: 'picture' }),
      ' ',
      h('button', { type: 'button', class: 'secondary', text: 'Embed code', on: { click: () => this.showSnippet(view) } }),
      this.saving ? ' ' : null,
      this.saving ? h('button', { type: 'button', class: 'secondary', text: 'Share links', 'data-share': view.id,
        on: { click: () => this.shares.open(view) } }) : null)));
  }
}

/**
 * The share links of one saved view, for its maker: issue one (INTERNAL or PUBLIC, an end date,
 * INTERNAL organisations anonymised or not), see them with their status, copy an active one's
 * address or <iframe> code, revoke one. The server decides who may (the view's owner and admins).
 */
export class ShareLinksPanel {
  constructor() {
    this.panel = document.getElementById('share-links');
    this.title = document.getElementById('share-title');
    this.form = document.getElementById('share-form');
    this.list = document.getElementById('share-list');
    this.view = null;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.issue();
    });
  }

  async open(view) {
    this.view = view;
    this.title.textContent = `Share links of "${view.name}"`;
    this.panel.hidden = false;
    this.panel.dataset.view = view.id;
    await this.refresh();
  }

  async issue() {
    const body = { level: document.getElementById('share-level').value };
    const expires = document.getElementById('share-expires').value;
    if (expires) body.expires = expires;
    body.anonymiseInternal = document.getElementById('share-anonymise').checked;
    try {
      const link = await sendJson('POST', `/api/v1/views/${this.view.id}/shares`, body);
      status(`Share link issued, until ${link.expiresAt.slice(0, 10)}.`);
      await this.refresh();
    } catch (error) {
      status(`The share link could not be issued: ${error.message}`, 'error');
    }
  }

  async revoke(link) {
    try {
      await sendJson('DELETE', `/api/v1/views/${this.view.id}/shares/${link.id}`);
      status('Share link revoked: it no longer works.');
      await this.refresh();
    } catch (error) {
      status(`The share link could not be revoked: ${error.message}`, 'error');
    }
  }

  async refresh() {
    let links;
    try {
      links = await getJson(`/api/v1/views/${this.view.id}/shares`);
    } catch (error) {
      fill(this.list, h('li', { text: `Share links could not be read: ${error.message}` }));
      return;
    }
    if (!links.length) {
      fill(this.list, h('li', { class: 'muted', text: 'No share links yet.' }));
      return;
    }
    fill(this.list, ...links.map((link) => {
      const what = `${link.level}${link.anonymiseInternal ? ', INTERNAL anonymised' : ''}`;
      const when = link.status === 'revoked' ? `revoked ${String(link.revokedAt).slice(0, 10)}`
        : `${link.status === 'active' ? 'until' : 'expired'} ${String(link.expiresAt).slice(0, 10)}`;
      const address = link.url ? `${window.location.origin}${link.url}` : null;
      return h('li', { 'data-share': link.id, 'data-status': link.status },
        h('span', { text: `${what}, ${when}` }),
        address ? h('input', { type: 'text', readonly: true, value: address, 'aria-label': `Share link (${what})` }) : null,
        address ? h('button', { type: 'button', class: 'secondary', text: 'Copy <iframe>',
          on: { click: () => this.copy(embedSnippet(this.view, address)) } }) : null,
        link.status === 'active' ? h('button', { type: 'button', class: 'secondary', text: 'Revoke',
          on: { click: () => this.revoke(link) } }) : null);
    }));
  }

  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      status('The <iframe> code is copied.');
    } catch {
      status(text);
    }
  }
}
