// The editors' forms: labelled fields, each with a place for its own error, and the service's
// 422 answer ({errors: [{field, message}]}) shown next to the fields it names. A problem that
// names no field of the form goes to the form's message line.

import { h, fill, note } from './dom.js';

let counter = 0;

/** A form whose fields report their errors next to themselves. */
export class EditForm {
  /** name: a short word for ids (e.g. 'org'); onSubmit(form) is called with the form's values read by the caller. */
  constructor(name, { title, onSubmit, onCancel, submitLabel = 'Save' }) {
    this.prefix = `${name}-${++counter}`;
    this.fields = new Map(); // name → { control, error, row }
    this.message = h('div', { class: 'form-message', 'aria-live': 'polite' });
    this.body = h('div', { class: 'stack' });
    this.submit = h('button', { type: 'submit', text: submitLabel });
    this.element = h('form', {
      class: `edit-form ${name}-form`,
      novalidate: true,
      'aria-labelledby': `${this.prefix}-title`,
      on: {
        submit: (event) => {
          event.preventDefault();
          onSubmit(this);
        },
      },
    },
    h('h3', { id: `${this.prefix}-title`, class: 'form-title', text: title }),
    this.body,
    this.message,
    h('div', { class: 'row' },
      this.submit,
      onCancel ? h('button', { type: 'button', class: 'secondary', text: 'Cancel', on: { click: onCancel } }) : null));
  }

  id(field) {
    return `${this.prefix}-${field}`;
  }

  /**
   * Adds a field. control: an input, select or textarea (given its id here), or a fieldset of
   * checkboxes. hint: a line under the label; after: a node after the control (a combobox's
   * suggestions); rowClass: a class for the field's row.
   */
  add(field, label, control, { hint, required, after, rowClass } = {}) {
    const error = h('p', { class: 'field-error', id: `${this.id(field)}-error`, hidden: true });
    const hintElement = hint ? h('p', { class: 'hint field-hint', id: `${this.id(field)}-hint`, text: hint }) : null;
    const describedBy = [hintElement ? hintElement.id : null, error.id].filter(Boolean).join(' ');
    let row;
    if (control.tagName === 'FIELDSET') {
      control.setAttribute('aria-describedby', describedBy);
      control.prepend(h('legend', { text: label }));
      row = h('div', { class: 'field', dataset: { field } }, control, hintElement, error);
    } else {
      control.id = this.id(field);
      control.name = field;
      control.setAttribute('aria-describedby', describedBy);
      if (required) control.setAttribute('aria-required', 'true');
      row = h('div', { class: rowClass ? `field ${rowClass}` : 'field', dataset: { field } },
        h('label', { for: control.id, text: required ? `${label} (required)` : label }), hintElement, control, after || null, error);
    }
    this.fields.set(field, { control, error, row });
    this.body.append(row);
    return control;
  }

  /** Adds any other content (a note, a group of buttons) between the fields. */
  append(...nodes) {
    this.body.append(...nodes);
  }

  clearErrors() {
    for (const { control, error } of this.fields.values()) {
      error.hidden = true;
      error.textContent = '';
      control.removeAttribute('aria-invalid');
    }
    fill(this.message);
  }

  /** Shows an error under one field; false when the form has no such field. */
  fieldError(field, message) {
    const entry = this.fields.get(field);
    if (!entry) return false;
    entry.error.textContent = entry.error.textContent ? `${entry.error.textContent} ${message}` : message;
    entry.error.hidden = false;
    entry.control.setAttribute('aria-invalid', 'true');
    return true;
  }

  /**
   * Shows what went wrong: each of the problem's errors next to its field, the rest (and
   * problems without errors) in the message line, with optional actions (buttons) after it.
   * Focus goes to the first field in error, so a keyboard user lands on it.
   */
  showProblem(error, actions = []) {
    this.clearErrors();
    const problem = (error && error.problem) || {};
    const unplaced = [];
    let first = null;
    for (const item of problem.errors || []) {
      const field = item.field || item.column;
      if (this.fieldError(field, item.message)) {
        first = first || this.fields.get(field).control;
      } else {
        unplaced.push(field ? `${field}: ${item.message}` : item.message);
      }
    }
    const text = unplaced.length ? unplaced.join('; ')
      : (first ? 'Please correct the fields marked.' : (error && error.message) || 'The change could not be saved.');
    fill(this.message, note(text, 'error'), actions.length ? h('div', { class: 'row' }, ...actions) : null);
    if (first) {
      const focusable = first.tagName === 'FIELDSET' ? first.querySelector('input') : first;
      if (focusable) focusable.focus();
    }
  }

  say(text, kind = 'info') {
    fill(this.message, note(text, kind));
  }

  busy(on) {
    this.submit.disabled = on;
    this.element.setAttribute('aria-busy', String(on));
  }
}

/** A text input. */
export function textInput(value = '', props = {}) {
  return h('input', { type: 'text', autocomplete: 'off', ...props, value: value || '' });
}

export function textArea(value = '', props = {}) {
  const area = h('textarea', { rows: 3, ...props });
  area.value = value || '';
  return area;
}

/** A select of [value, label] pairs; blank adds an empty first choice with that label. */
export function select(options, value, { blank } = {}) {
  const element = h('select', {},
    blank !== undefined ? h('option', { value: '', text: blank }) : null,
    ...options.map(([code, label]) => h('option', { value: code, text: label })));
  element.value = value || '';
  return element;
}

/** A scrolling list of checkboxes: items are [value, label] pairs, checked the chosen values. */
export function checkboxes(name, items, chosen = []) {
  const set = new Set(chosen);
  return h('fieldset', { class: 'checks edit-checks', dataset: { name } },
    ...items.map(([value, label]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name, value, checked: set.has(value) }), ` ${label}`)));
}

/** The values ticked in a checkbox list, in their order. */
export function checked(fieldset) {
  return Array.from(fieldset.querySelectorAll('input:checked')).map((input) => input.value);
}

/** A list typed as text, separated by ';' (as in an import's cells). */
export function listOf(text) {
  return String(text || '').split(';').map((part) => part.trim()).filter(Boolean);
}
