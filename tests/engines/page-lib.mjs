// The in-page half of the engine tests: finds elements as a user (or a screen reader) names
// them — by role and accessible name — never by CSS class. Sent to the page as source text (the
// drivers run it outside the page's Content-Security-Policy), so it is plain browser JavaScript.

/** The library, as a function that returns it (evaluated in the page). */
function pageLib() {
  const norm = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const implicit = (el) => {
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'button') return 'button';
    if (tag === 'input') {
      if (type === 'radio') return 'radio';
      if (type === 'checkbox') return 'checkbox';
      if (['button', 'submit', 'reset'].includes(type)) return 'button';
      if (type === 'number') return 'spinbutton';
      if (type === 'file' || type === 'hidden') return null;
      return 'textbox';
    }
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'fieldset') return 'group';
    if (tag === 'table') return 'table';
    if (tag === 'main') return 'main';
    if (tag === 'nav') return 'navigation';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')))
      return 'region';
    if (tag === 'li') return 'listitem';
    if (tag === 'img') return 'img';
    return null;
  };
  /** Text as a screen reader reads it: without aria-hidden parts; aria-label replaces content. */
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true' || node.hidden) return '';
    if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return '';
    const label = node.getAttribute('aria-label');
    if (label) return ` ${label} `;
    return [...node.childNodes].map(textOf).join('');
  };
  const roleOf = (el) => el.getAttribute('role') ?? implicit(el);
  const nameOf = (el) => {
    const labelledby = el.getAttribute('aria-labelledby');
    if (labelledby) {
      return norm(
        labelledby
          .split(/\s+/)
          .map((id) => textOf(document.getElementById(id) ?? document.createTextNode('')))
          .join(' '),
      );
    }
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    if (el.labels && el.labels.length > 0) return norm([...el.labels].map(textOf).join(' '));
    if (el.tagName === 'FIELDSET')
      return norm(textOf(el.querySelector('legend') ?? document.createTextNode('')));
    if (el.tagName === 'IMG') return norm(el.getAttribute('alt'));
    if (el.tagName === 'TABLE')
      return norm(textOf(el.querySelector('caption') ?? document.createTextNode('')));
    return norm(textOf(el));
  };
  const visible = (el) => {
    if (!el.isConnected) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') return false;
    if (el.getClientRects().length > 0) return true;
    // Visually hidden inputs inside a visible label (choice cards) still count.
    return Boolean(el.labels?.[0]?.getClientRects().length);
  };
  const matches = (name, wanted) => {
    if (wanted === undefined || wanted === null) return true;
    if (typeof wanted === 'object') return new RegExp(wanted.re, wanted.flags ?? '').test(name);
    return name === wanted;
  };
  const scopeOf = (within) => {
    if (!within) return document;
    return lib.find(within.role, within.name, within.within) ?? document.createElement('div');
  };
  const lib = {
    roleOf,
    nameOf,
    all(role, name, within) {
      return [...scopeOf(within).querySelectorAll('*')].filter(
        (el) => roleOf(el) === role && visible(el) && matches(nameOf(el), name),
      );
    },
    find(role, name, within) {
      return lib.all(role, name, within)[0] ?? null;
    },
    count(role, name, within) {
      return lib.all(role, name, within).length;
    },
    text(role, name, within) {
      const el = lib.find(role, name, within);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (hidden parts left out) is the point.
      return el ? norm(el.innerText ?? el.textContent) : null;
    },
    value(role, name, within) {
      return lib.find(role, name, within)?.value ?? null;
    },
    checked(role, name, within) {
      return lib.find(role, name, within)?.checked ?? null;
    },
    /** The radio groups of the wizard: groups in main that hold answer options. */
    statements() {
      return lib
        .all('group', null, { role: 'main' })
        .filter((group) => group.querySelector('input[type=radio]'));
    },
    /** What has focus: its role, name, and the statement it belongs to (-1 for none). */
    focus() {
      const el = document.activeElement;
      if (!el || el === document.body) return { role: null, name: '', statement: -1 };
      const statement = lib.statements().findIndex((group) => group.contains(el));
      return { role: roleOf(el), name: nameOf(el), statement, checkedIndex: -1 };
    },
    /** The options of statement `index` and which one is checked (-1 for none). */
    options(index) {
      const group = lib.statements()[index];
      if (!group) return null;
      const radios = [...group.querySelectorAll('input[type=radio]')];
      return { names: radios.map(nameOf), checked: radios.findIndex((radio) => radio.checked) };
    },
    /** What a pointer user taps to choose option `option` of statement `index`: its label. */
    optionTarget(index, option) {
      const radio = lib.statements()[index]?.querySelectorAll('input[type=radio]')[option];
      return radio?.labels?.[0] ?? radio ?? null;
    },
    /** The element itself, or its label when the control is visually hidden (a choice card). */
    target(role, name, within) {
      const el = lib.find(role, name, within);
      if (!el) return null;
      return el.getClientRects().length > 0 && el.getBoundingClientRect().width > 4
        ? el
        : (el.labels?.[0] ?? el);
    },
    /** The spoke labels of a radar chart: its SVG texts that start with a theme number. */
    spokes(name) {
      const chart = lib.find('img', name);
      if (!chart) return [];
      return [...chart.querySelectorAll('text')]
        .map((text) => norm(text.textContent))
        .filter((text) => /^\d+\s/.test(text));
    },
    /** Text of every alert and status message on screen. */
    messages() {
      return [...document.querySelectorAll('[role=alert],[role=status]')]
        .filter(visible)
        .map((el) => norm(el.textContent))
        .filter(Boolean);
    },
  };
  return lib;
}

const arg = (value) =>
  value instanceof RegExp
    ? JSON.stringify({ re: value.source, flags: value.flags })
    : JSON.stringify(value ?? null);

/** A page expression that calls `lib[name](...args)`; RegExp arguments match names. */
export function call(name, ...args) {
  return `(${pageLib.toString()})().${name}(${args.map(arg).join(', ')})`;
}
