// The import panel (editors and admins): a CSV pair or an XLSX workbook, first checked with a dry
// run that lists every error by file, row, column and cell, then imported with its progress shown.
// Warnings (a title row skipped, a merged cell spread, a formula's saved value taken, a theme
// created...) are listed beside the errors and after a successful check or import.

import { h, fill, note, $, $$ } from './dom.js';
import { upload, query } from './api.js';
import { dataTable } from './table.js';

const COUNTS = [
  ['stakeholdersCreated', 'Organisations created'], ['stakeholdersUpdated', 'Organisations updated'],
  ['stakeholdersUnchanged', 'Organisations unchanged'], ['stakeholdersDeleted', 'Organisations deleted'],
  ['linksCreated', 'Links created'], ['linksUpdated', 'Links updated'], ['linksUnchanged', 'Links unchanged'],
  ['linksDeleted', 'Links deleted'],
];

const optional = (v) => (v === null || v === undefined ? '' : String(v));

// Errors and warnings have the same fields: {file, row, column, cell, message}.
function findingsTable(findings, { caption, filename, messageLabel }) {
  return dataTable({
    caption,
    filename,
    rows: findings,
    columns: [
      { key: 'file', label: 'File' },
      { key: 'row', label: 'Row', numeric: true, format: optional },
      { key: 'column', label: 'Column', format: optional },
      { key: 'cell', label: 'Cell', format: optional },
      { key: 'message', label: messageLabel },
    ],
  });
}

function warningsTable(warnings) {
  if (!warnings || !warnings.length) return null;
  return findingsTable(warnings, {
    caption: `${warnings.length} warning(s): read differently from how the file shows it, or a likely duplicate`,
    filename: 'import-warnings.csv',
    messageLabel: 'Warning',
  });
}

export class ImportPanel {
  constructor({ onImported }) {
    this.onImported = onImported;
    this.form = $('#import-form');
    this.result = $('#import-result');
    this.progress = $('#import-progress');
    this.commitButton = $('#import-commit');
    this.checkButton = $('#import-check');
    this.checked = null;
    for (const radio of $$('input[name="import-kind"]')) radio.addEventListener('change', () => this.kindChanged());
    for (const input of $$('input[type="file"], #import-mode', this.form)) input.addEventListener('change', () => this.invalidate());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.send(true);
    });
    this.commitButton.addEventListener('click', () => this.send(false));
  }

  get kind() {
    return $('input[name="import-kind"]:checked').value;
  }

  kindChanged() {
    $('#import-csv').hidden = this.kind !== 'csv';
    $('#import-xlsx').hidden = this.kind !== 'xlsx';
    this.invalidate();
  }

  /** The files changed: they must be checked again before the import. */
  invalidate() {
    this.checked = null;
    this.commitButton.disabled = true;
  }

  fingerprint() {
    const files = this.kind === 'csv' ? [$('#import-stakeholders').files[0], $('#import-links').files[0]] : [$('#import-workbook').files[0]];
    return JSON.stringify([this.kind, $('#import-mode').value, ...files.map((f) => (f ? [f.name, f.size, f.lastModified] : null))]);
  }

  formData() {
    const data = new FormData();
    if (this.kind === 'csv') {
      const stakeholders = $('#import-stakeholders').files[0];
      const links = $('#import-links').files[0];
      if (stakeholders) data.append('stakeholders', stakeholders, stakeholders.name);
      if (links) data.append('links', links, links.name);
      if (!stakeholders && !links) return null;
    } else {
      const workbook = $('#import-workbook').files[0];
      if (!workbook) return null;
      data.append('workbook', workbook, workbook.name);
    }
    return data;
  }

  async send(dryRun) {
    const data = this.formData();
    if (!data) {
      fill(this.result, note(this.kind === 'csv' ? 'Choose stakeholders.csv, links.csv or both.' : 'Choose a workbook.', 'error'));
      return;
    }
    const mode = $('#import-mode').value;
    if (!dryRun && this.checked !== this.fingerprint()) {
      fill(this.result, note('Check the files (dry run) before importing them.', 'error'));
      return;
    }
    if (!dryRun && mode === 'replace'
      && !window.confirm('Replace makes the network equal to these files: organisations and links not in them are deleted. Go on?')) {
      return;
    }
    const fingerprint = this.fingerprint();
    this.checkButton.disabled = true;
    this.commitButton.disabled = true;
    this.progress.hidden = false;
    this.progress.value = 0;
    this.progress.textContent = '0%';
    fill(this.result, note(dryRun ? 'Checking…' : 'Uploading…'));
    let report;
    try {
      report = await upload(`/api/v1/imports${query({ mode, dryRun })}`, data, (fraction) => {
        if (fraction === null) {
          this.progress.removeAttribute('value'); // indeterminate while the server works
          fill(this.result, note(dryRun ? 'Checking the rows…' : 'Importing: writing to the database…'));
        } else {
          this.progress.value = Math.round(fraction * 100);
          this.progress.textContent = `${this.progress.value}%`;
        }
      });
    } catch (error) {
      this.progress.hidden = true;
      this.checkButton.disabled = false;
      const errors = (error.problem && error.problem.errors) || [];
      const warnings = (error.problem && error.problem.warnings) || [];
      fill(this.result,
        note(error.status === 422 ? `${dryRun ? 'The check' : 'The import'} found ${errors.length} error(s); nothing was written.` : error.message, 'error'),
        errors.length ? findingsTable(errors, {
          caption: 'Errors by file, row and cell (rows and cells as the spreadsheet numbers them)',
          filename: 'import-errors.csv',
          messageLabel: 'Problem',
        }) : null,
        warningsTable(warnings));
      return;
    }
    this.progress.hidden = true;
    this.checkButton.disabled = false;
    const counts = h('table', { class: 'data compact import-counts' },
      h('caption', { text: dryRun ? 'The import would do this' : 'Imported' }),
      h('tbody', {}, ...COUNTS.filter(([key]) => typeof report[key] === 'number')
        .map(([key, label]) => h('tr', {}, h('th', { scope: 'row', text: label }), h('td', { class: 'num', text: String(report[key]) })))));
    if (dryRun) {
      this.checked = fingerprint;
      this.commitButton.disabled = false;
      fill(this.result, note('No error found. Press Import to write the changes.'), counts, warningsTable(report.warnings));
    } else {
      this.checked = null;
      fill(this.result, note('Import done.'), counts, warningsTable(report.warnings));
      this.onImported();
    }
  }
}
