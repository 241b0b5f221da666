// The explorer's view in one place: the filters, the date, how the network is drawn, what is
// selected. The page changes it with update(); the address and the panels subscribe to it instead
// of being told by hand. Only plain data lives here; the drawing and the panels keep their own.

export const FILTERS = ['country', 'sector', 'linkType', 'theme', 'confidentiality'];
const LAYOUTS = ['force', 'concentric', 'sector', 'country'];

export class ViewState {
  constructor() {
    this.filters = { country: [], sector: [], linkType: [], theme: [], confidentiality: [] };
    this.year = null; // a year, or null for today
    this.showEnded = false; // draw the links not current on the date too, faded and dashed
    this.layout = 'force';
    this.sizeBy = 'degree';
    this.colourBy = 'sector';
    this.visibleLevels = ['PUBLIC']; // the confidentiality levels this account may see
    this.selected = null;
    this.focus = null; // {id, steps}
    this.options = { countries: [], themes: [], minYear: 2000, maxYear: new Date().getFullYear() };
    this.listeners = [];
  }

  /** Calls listener(state, changedKeys) after every update that touches one of keys (or any, without keys). */
  subscribe(listener, keys = null) {
    this.listeners.push({ listener, keys });
    return () => { this.listeners = this.listeners.filter((entry) => entry.listener !== listener); };
  }

  /** Changes the view and tells the subscribers which parts changed. */
  update(changes) {
    Object.assign(this, changes);
    const changed = Object.keys(changes);
    for (const { listener, keys } of this.listeners) {
      if (!keys || keys.some((key) => changed.includes(key))) listener(this, changed);
    }
  }

  /** The network filters as query parameters, without the date: what the picture is laid out from. */
  baseParams() {
    const params = {};
    for (const key of FILTERS) if (this.filters[key].length) params[key] = this.filters[key];
    return params;
  }

  /** The network filters as query parameters: what every panel computes on. */
  params() {
    const params = this.baseParams();
    if (this.year !== null) params.asOf = `${this.year}-12-31`;
    return params;
  }

  /** The view as an address fragment, so a bookmark reopens it; defaults are left out. */
  toHash() {
    const search = new URLSearchParams();
    for (const key of FILTERS) if (this.filters[key].length) search.set(key, this.filters[key].join(','));
    if (this.year !== null) search.set('year', String(this.year));
    if (this.showEnded) search.set('ended', '1');
    if (this.layout !== 'force') search.set('layout', this.layout);
    if (this.sizeBy !== 'degree') search.set('size', this.sizeBy);
    if (this.colourBy !== 'sector') search.set('colour', this.colourBy);
    if (this.focus) {
      search.set('focus', this.focus.id);
      search.set('steps', String(this.focus.steps));
    } else if (this.selected) {
      search.set('selected', this.selected);
    }
    return search.toString();
  }

  /** Reads a view from an address fragment; measures are the codes the service offers. */
  fromHash(hash, measures) {
    const search = new URLSearchParams(hash);
    const filters = {};
    for (const key of FILTERS) {
      const value = search.get(key);
      filters[key] = value ? value.split(',').filter(Boolean) : [];
    }
    const year = parseInt(search.get('year'), 10);
    const layout = search.get('layout');
    const size = search.get('size');
    const focusId = search.get('focus');
    const focus = focusId
      ? { id: focusId, steps: Math.min(3, Math.max(1, parseInt(search.get('steps'), 10) || 2)) }
      : this.focus;
    this.update({
      filters,
      year: Number.isFinite(year) ? year : null,
      showEnded: search.get('ended') === '1',
      layout: LAYOUTS.includes(layout) ? layout : this.layout,
      sizeBy: size === 'none' || measures.includes(size) ? size : this.sizeBy,
      colourBy: search.get('colour') === 'community' ? 'community' : 'sector',
      focus,
      selected: focusId || search.get('selected') || null,
    });
  }
}
