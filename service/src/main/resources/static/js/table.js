// Sortable tables with CSV download. Each column: {key, label, numeric, format, value(row)}.
// Clicking a row (or Enter/Space on it) calls onRow(row).

import { h, fill, formatNumber } from './dom.js';
import { toCsv, download } from './csv.js';

export function dataTable({ caption, columns, rows, onRow, filename, sort }) {
  let sortKey = sort ? sort.key : null;
  let ascending = sort ? sort.ascending !== false : true;
  const body = h('tbody');
  const valueOf = (row, column) => (column.value ? column.value(row) : row[column.key]);

  const headers = columns.map((column) => {
    const button = h('button', { type: 'button', class: 'sort', text: column.label });
    const th = h('th', { scope: 'col', class: column.numeric ? 'num' : null }, button);
    button.addEventListener('click', () => {
      if (sortKey === column.key) ascending = !ascending;
      else {
        sortKey = column.key;
        ascending = !column.numeric;
      }
      render();
    });
    return { th, column };
  });

  function sorted() {
    if (!sortKey) return rows.slice();
    const column = columns.find((c) => c.key === sortKey);
    const direction = ascending ? 1 : -1;
    return rows.slice().sort((a, b) => {
      const x = valueOf(a, column);
      const y = valueOf(b, column);
      if (x === y) return 0;
      if (x === null || x === undefined || x === '') return 1;
      if (y === null || y === undefined || y === '') return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * direction;
      return String(x).localeCompare(String(y)) * direction;
    });
  }

  function render() {
    for (const { th, column } of headers) {
      th.setAttribute('aria-sort', column.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none');
    }
    fill(body, ...sorted().map((row) => {
      const tr = h('tr', {}, ...columns.map((column) => {
        const value = valueOf(row, column);
        const text = column.format ? column.format(value, row) : formatNumber(value);
        return h('td', { class: column.numeric ? 'num' : null, text });
      }));
      if (onRow) {
        tr.tabIndex = 0;
        tr.classList.add('clickable');
        tr.addEventListener('click', () => onRow(row));
        tr.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onRow(row);
          }
        });
      }
      return tr;
    }));
  }
  render();

  const table = h('table', { class: 'data' },
    caption ? h('caption', { text: caption }) : null,
    h('thead', {}, h('tr', {}, ...headers.map(({ th }) => th))),
    body);
  const csvButton = h('button', {
    type: 'button',
    class: 'secondary small',
    text: 'Download CSV',
    on: {
      click: () => download(filename || 'table.csv', toCsv(columns.map((c) => c.label),
        sorted().map((row) => columns.map((column) => {
          const value = valueOf(row, column);
          return column.csv ? column.csv(value, row) : value;
        })))),
    },
  });
  return h('div', { class: 'table-block' }, h('div', { class: 'table-tools' }, h('span', { class: 'hint', text: `${rows.length} row${rows.length === 1 ? '' : 's'}` }), csvButton),
    h('div', { class: 'table-scroll' }, table));
}
