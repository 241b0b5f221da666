// An accessible combobox (WAI-ARIA 1.2 pattern) that suggests stakeholders as one types, from
// GET /api/v1/stakeholders?q=. Arrow keys move, Enter picks, Escape closes.

import { h, fill, debounce } from './dom.js';
import { getJson } from './api.js';
import { sectorLabel } from './palette.js';

let counter = 0;

export class StakeholderCombobox {
  /** onPick({id, name, sector}) is called when a suggestion is chosen. */
  constructor(input, list, { onPick, size = 8 } = {}) {
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.size = size;
    this.items = [];
    this.active = -1;
    this.picked = null;
    this.request = 0;
    this.prefix = `cb${++counter}`;
    const suggest = debounce(() => this.suggest(), 180);
    input.addEventListener('input', () => {
      this.picked = null;
      suggest();
    });
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** The chosen stakeholder, or null when the text was typed without choosing. */
  get value() {
    return this.picked;
  }

  set(stakeholder) {
    this.picked = stakeholder;
    this.input.value = stakeholder ? stakeholder.name : '';
    this.close();
  }

  async suggest() {
    const q = this.input.value.trim();
    if (q.length < 1) {
      this.close();
      return;
    }
    const request = ++this.request;
    let page;
    try {
      page = await getJson('/api/v1/stakeholders', { q, size: this.size });
    } catch (error) {
      if (request === this.request) this.render([], `Search failed: ${error.message}`);
      return;
    }
    if (request !== this.request) return;
    this.render(page.content || [], 'No organisation matches');
  }

  render(items, emptyText) {
    this.items = items;
    this.active = -1;
    fill(this.list, ...(items.length ? items.map((item, i) => h('li', {
      id: `${this.prefix}-${i}`,
      role: 'option',
      'aria-selected': 'false',
      class: 'suggestion',
      on: { mousedown: (event) => { event.preventDefault(); this.pick(i); } },
    }, h('span', { class: 'suggestion-name', text: item.name }),
    h('span', { class: 'suggestion-meta', text: [item.acronym, sectorLabel(item.sector), (item.countries || []).join(' ')].filter(Boolean).join(' · ') })))
      : [h('li', { class: 'suggestion-empty', role: 'option', 'aria-disabled': 'true', text: emptyText })]));
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.input.removeAttribute('aria-activedescendant');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  move(delta) {
    if (!this.items.length) return;
    this.active = (this.active + delta + this.items.length) % this.items.length;
    Array.from(this.list.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    const id = `${this.prefix}-${this.active}`;
    this.input.setAttribute('aria-activedescendant', id);
    const element = document.getElementById(id);
    if (element) element.scrollIntoView({ block: 'nearest' });
  }

  key(event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (this.list.hidden) this.suggest();
      else this.move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.move(-1);
    } else if (event.key === 'Enter') {
      if (!this.list.hidden && this.items.length) {
        event.preventDefault();
        this.pick(this.active >= 0 ? this.active : 0);
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  pick(index) {
    const item = this.items[index];
    if (!item) return;
    this.set(item);
    if (this.onPick) this.onPick(item);
  }
}
