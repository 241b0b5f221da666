// CSV for download. A cell that a spreadsheet would read as a formula (starting with = + - @, a tab
// or a carriage return) is neutralised with a leading apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value) {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) return `'${text}`;
  return text;
}

function quote(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header, rows) {
  const lines = [header.map((cell) => quote(neutralise(cell))).join(',')];
  for (const row of rows) lines.push(row.map((cell) => quote(neutralise(cell))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function download(filename, text, type = 'text/csv;charset=utf-8') {
  const blob = new Blob(['\ufeff', text], { type });
  downloadBlob(filename, blob);
}

export function downloadBlob(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
