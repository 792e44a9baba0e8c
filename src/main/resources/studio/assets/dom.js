// Builds the page from elements, never from HTML strings: what editors type can never
// become markup. The one exception is the service's own sanitised HTML (previews).

/** An element with attributes (`on…` are listeners) and children (strings or nodes). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    }
    else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    }
    else if (name === 'value' || name === 'checked' || name === 'selected') {
      element[name] = value;
    }
    else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** HTML the service rendered and sanitised (body previews), as nodes. */
export function serviceHtml(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  return template.content;
}

let uniqueIds = 0;

/** An id no other element of the page has, for labels and descriptions. */
export function uniqueId(prefix) {
  uniqueIds += 1;
  return `${prefix}-${uniqueIds}`;
}

/** Announces a message to screen readers and shows it in the status bar. */
export function announce(message, kind = 'info') {
  const status = document.getElementById('status');
  status.dataset.kind = kind;
  status.textContent = message;
}
