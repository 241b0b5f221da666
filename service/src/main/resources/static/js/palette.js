// Colours, shapes and names. Sector colours are the Okabe-Ito palette, extended with two of Paul
// Tol's colour-blind-safe colours; each sector also has its own shape, so colour is never the only cue.

import { h, fill } from './dom.js';
import { getJson } from './api.js';

// Sectors, link types, measures and countries come from the service (GET /api/v1/meta), which
// holds each one's label, colour, shape and line style in one place; loadCatalogue() fills these
// in place before the page draws anything, so every module can import them as plain values.
export const SECTORS = [];
export const SECTOR = {};
export const LINK_TYPES = [];
export const LINK_TYPE = {};
export const MEASURES = [];
export const TARGET_COUNTRIES = [];
export const ASEAN_COUNTRIES = [];
const COUNTRY_NAMES = new Map();

export async function loadCatalogue() {
  if (SECTORS.length) return;
  const meta = await getJson('/api/v1/meta');
  for (const s of meta.sectors) {
    const sector = { code: s.code, short: s.shortLabel, label: s.label, description: s.description, color: s.colour, shape: s.shape };
    SECTORS.push(sector);
    SECTOR[sector.code] = sector;
  }
  for (const t of meta.linkTypes) {
    const type = { code: t.code, label: t.label, description: t.description, color: t.colour, style: t.lineStyle, arrow: t.arrow, directed: t.directed };
    LINK_TYPES.push(type);
    LINK_TYPE[type.code] = type;
  }
  MEASURES.push(...meta.measures);
  TARGET_COUNTRIES.push(...meta.targetCountries);
  for (const country of meta.countries) {
    COUNTRY_NAMES.set(country.code, country.name);
    if (country.asean) ASEAN_COUNTRIES.push(country.code);
  }
}

// Communities: Paul Tol's 'muted' scheme (colour-blind safe), then grey for the many small ones
// that would otherwise need colours too close to tell apart.
export const COMMUNITY_COLOURS = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'];
export const OTHER_COMMUNITY_COLOUR = '#DDDDDD';

let regionNames;
export function countryName(code) {
  // The names the region itself uses (Lao PDR, Vietnam), the same as the service's answers.
  if (COUNTRY_NAMES.has(code)) return COUNTRY_NAMES.get(code);
  try {
    regionNames = regionNames || new Intl.DisplayNames(['en'], { type: 'region' });
    const name = regionNames.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

const THEME_WORDS = { lgbtqi: 'LGBTQI' };

export function themeLabel(id) {
  const text = String(id).split('-').map((word) => THEME_WORDS[word] || word).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills a country choice: "All countries", then each code by name; keeps the choice when it is still offered. */
export function fillCountrySelect(select, codes) {
  const current = select.value;
  fill(select, h('option', { value: '', text: 'All countries' }),
    ...codes.map((code) => h('option', { value: code, text: `${countryName(code)} (${code})` })));
  select.value = codes.includes(current) ? current : '';
}

export function sectorLabel(code) {
  return (SECTOR[code] && SECTOR[code].label) || code;
}

export function sectorShort(code) {
  return (SECTOR[code] && SECTOR[code].short) || code;
}

export function linkTypeLabel(code) {
  return (LINK_TYPE[code] && LINK_TYPE[code].label) || code;
}

/** Polygon points (in a 0..20 box) that draw each node shape in the legend. */
export function shapePoints(shape) {
  const polygon = (n, rotation = -Math.PI / 2, r = 9) => Array.from({ length: n }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / n;
    return `${(10 + r * Math.cos(angle)).toFixed(1)},${(10 + r * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
  switch (shape) {
    case 'rectangle': return '2,3 18,3 18,17 2,17';
    case 'round-rectangle': return '4,3 16,3 18,5 18,15 16,17 4,17 2,15 2,5';
    case 'hexagon': return polygon(6, 0);
    case 'octagon': return polygon(8, Math.PI / 8);
    case 'triangle': return polygon(3);
    case 'diamond': return '10,1 19,10 10,19 1,10';
    case 'vee': return '1,2 10,8 19,2 10,19';
    case 'star': {
      return Array.from({ length: 10 }, (_, i) => {
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        const r = i % 2 === 0 ? 9.5 : 4;
        return `${(10 + r * Math.cos(angle)).toFixed(1)},${(10 + r * Math.sin(angle)).toFixed(1)}`;
      }).join(' ');
    }
    default: return null; // ellipse
  }
}
