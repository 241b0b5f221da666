// Small DOM helpers. Every piece of data goes into the page as text (text nodes, textContent or
// attributes set one by one), never as HTML.

/**
 * Creates an element. props: attributes (class, id, aria-*, ...), 'text' for textContent,
 * 'on' for event listeners, 'dataset' for data-* values. children: nodes or strings (as text).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') element.textContent = String(value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) element.addEventListener(type, fn);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'class') element.className = value;
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of an element by the given children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export function svg(tag, attributes = {}) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

/** A message in a panel: info or error. */
export function note(text, kind = 'info') {
  return h('p', { class: `note note-${kind}`, role: kind === 'error' ? 'alert' : null, text });
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

const statusElement = () => document.getElementById('status');
let statusTimer;

/**
 * Short messages in the top bar, read out by screen readers. 'info' fades after a few seconds;
 * 'busy' stays until the next message (a long layout); 'error' stays too.
 */
export function status(text, kind = 'info') {
  const element = statusElement();
  if (!element) return;
  clearTimeout(statusTimer);
  element.textContent = text || '';
  element.className = `status status-${kind}`;
  if (text && kind === 'info') statusTimer = setTimeout(() => { element.textContent = ''; }, 6000);
}

export function formatNumber(value, digits = 3) {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(digits);
}

export function humanise(code) {
  if (code === null || code === undefined) return '';
  const text = String(code).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
