// Which ties an answer counted: every answer computed on the network carries its basis (the date
// and the link statuses, see the API's asOf and current), and every panel says it in words, so no
// one reads an ended partnership as a current one.

import { h } from './dom.js';

const LEFT_OUT = ['PLANNED', 'UNKNOWN'];

/** "As of 2026-06-30: current ties only (ended, planned and unknown links left out)". */
export function basisText(basis) {
  if (!basis) return '';
  if (!basis.current) return 'Every link, whatever its dates and status (ended and planned ones too).';
  const statuses = basis.statuses || [];
  const out = ['ended', ...LEFT_OUT.filter((s) => !statuses.includes(s)).map((s) => s.toLowerCase())];
  const added = LEFT_OUT.filter((s) => statuses.includes(s)).map((s) => s.toLowerCase());
  const list = out.length > 1 ? `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}` : out[0];
  return `As of ${basis.asOf}: current ties only (${list} links left out${added.length ? `; ${added.join(' and ')} ones counted` : ''}).`;
}

/** The basis as a line above a panel's answer, or nothing when the answer has none. */
export function basisNote(result) {
  return result && result.basis ? h('p', { class: 'basis hint', text: basisText(result.basis) }) : null;
}
