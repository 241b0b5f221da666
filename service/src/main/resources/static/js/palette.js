// Colours and shapes. Sector colours are the Okabe-Ito palette, extended with two of Paul Tol's
// colour-blind-safe colours; each sector also has its own shape, so colour is never the only cue.

import { h, fill } from './dom.js';

export const SECTORS = [
  { code: 'JUSTICE', short: 'Justice', label: 'Justice', color: '#0072B2', shape: 'round-rectangle' },
  { code: 'STATE', short: 'State', label: 'State agency', color: '#56B4E9', shape: 'rectangle' },
  { code: 'MECHANISM', short: 'Mechanism', label: 'National mechanism', color: '#009E73', shape: 'hexagon' },
  { code: 'ASEAN', short: 'ASEAN', label: 'ASEAN body', color: '#E69F00', shape: 'star' },
  { code: 'CSO', short: 'CSO', label: 'Civil society', color: '#D55E00', shape: 'ellipse' },
  { code: 'PRIVATE', short: 'Private', label: 'Private sector', color: '#CC79A7', shape: 'diamond' },
  { code: 'INTERNATIONAL', short: 'International', label: 'International organisation', color: '#F0E442', shape: 'triangle' },
  { code: 'DONOR', short: 'Donor', label: 'Donor', color: '#882255', shape: 'vee' },
  { code: 'PROGRAMME', short: 'Programme', label: 'Programme', color: '#999933', shape: 'octagon' },
];

export const SECTOR = Object.fromEntries(SECTORS.map((sector) => [sector.code, sector]));

// Directed types have arrows; DATA_PARTNERSHIP and COLLABORATES are symmetric and have none.
export const LINK_TYPES = [
  { code: 'FUNDS', label: 'Funds', color: '#117733', style: 'solid', arrow: 'triangle', directed: true },
  { code: 'IMPLEMENTS', label: 'Implements', color: '#332288', style: 'solid', arrow: 'triangle-backcurve', directed: true },
  { code: 'CONVENES', label: 'Convenes', color: '#AA4499', style: 'dashed', arrow: 'vee', directed: true },
  { code: 'LEADS', label: 'Leads', color: '#882255', style: 'solid', arrow: 'triangle-tee', directed: true },
  { code: 'MEMBER_OF', label: 'Member of', color: '#1F7A6E', style: 'dotted', arrow: 'triangle', directed: true },
  { code: 'SUPPORTS', label: 'Supports', color: '#5A5A5A', style: 'dashed', arrow: 'triangle', directed: true },
  { code: 'DATA_PARTNERSHIP', label: 'Data partnership', color: '#8C6D00', style: 'solid', arrow: 'none', directed: false },
  { code: 'COLLABORATES', label: 'Collaborates', color: '#767676', style: 'dotted', arrow: 'none', directed: false },
];

export const LINK_TYPE = Object.fromEntries(LINK_TYPES.map((type) => [type.code, type]));

// Communities: Paul Tol's 'muted' scheme (colour-blind safe), then grey for the many small ones
// that would otherwise need colours too close to tell apart.
export const COMMUNITY_COLOURS = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'];
export const OTHER_COMMUNITY_COLOUR = '#DDDDDD';

export const TARGET_COUNTRIES = ['KH', 'ID', 'LA', 'MM', 'PH', 'TH', 'VN'];
export const ASEAN_COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'];

let regionNames;
export function countryName(code) {
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
