// An item's revisions: who saved, when, what changed; a diff between any two versions;
// restoring one as a new version (the API keeps the slug and the publication state).

import { run } from '../api.js';
import { announce, h, replace, uniqueId } from '../dom.js';
import { parisTime, t } from '../i18n.js';
import { heading } from './common.js';

const REVISIONS = 100;

/** Beyond this many line pairs, texts are shown whole rather than diffed line by line. */
const MAX_DIFF_CELLS = 1_000_000;

/** How to find each kind's id and title, and where its editing page is. */
const ITEMS = {
  article: { load: 'StudioArticle', pick: (data) => data.fr || data.en, title: (item) => item.title, back: (slug) => `#/articles/${slug}` },
  programme: { load: 'StudioProgramme', pick: (data) => data.fr || data.en, title: (item) => `${item.acronym} · ${item.title}`, back: (slug) => `#/programmes/${slug}` },
  centre: { load: 'StudioCentre', pick: (data) => data.centre, title: (item) => item.name, back: (slug) => `#/centres/${slug}` },
  pillar: { load: 'StudioPillar', pick: (data) => data.pillar, title: (item) => item.title, back: (slug) => `#/pillars/${slug}` },
  federation: { load: 'StudioFederation', pick: (data) => data.federation, title: (item) => item.name, back: () => '#/federation' },
};

export async function historyView(context, kind, slug) {
  const item = ITEMS[kind];
  const found = item.pick(await run(item.load, slug ? { slug } : {}));
  if (!found) {
    replace(document.getElementById('main'), h('h1', { tabindex: '-1' }, t('error.NOT_FOUND')));
    return;
  }
  const { revisions } = await run('StudioRevisions', { id: found.id, first: REVISIONS });
  const snapshots = new Map(revisions.map((revision) => [revision.version, flatten(JSON.parse(revision.snapshot))]));
  const current = revisions[0]?.version;
  const diff = h('section', { id: 'diff', 'aria-live': 'polite' });
  const rows = revisions.map((revision, index) => h('tr', { dataset: { version: revision.version } },
    h('td', {}, radio('from', revision.version, index === 1 || (revisions.length === 1)), radio('to', revision.version, index === 0)),
    h('th', { scope: 'row' }, revision.version, revision.version === current ? h('span', { class: 'meta' }, ` (${t('history.current')})`) : null),
    h('td', {}, t(`change.${revision.change}`)),
    h('td', {}, revision.savedBy.name),
    h('td', {}, h('time', { datetime: revision.savedAt }, parisTime(revision.savedAt))),
    h('td', { class: 'fields' }, revision.changedFields.map(fieldLabel).join(', ')),
    h('td', {}, revision.version === current || revision.change === 'DELETE' ? null : h('button', {
      type: 'button', class: 'secondary small', dataset: { restore: revision.version },
      onClick: () => restore(context, found, revision.version),
    }, t('history.restore', { version: revision.version })))));
  const form = h('form', { id: 'compare', onSubmit: (event) => {
    event.preventDefault();
    const values = new FormData(event.target);
    show(diff, Number(values.get('from')), Number(values.get('to')), snapshots);
  } },
  h('table', { class: 'list', id: 'revisions' },
    h('caption', { class: 'visually-hidden' }, t('history.title', { title: item.title(found) })),
    h('thead', {}, h('tr', {}, [t('history.pick'), t('col.version'), t('col.change'), t('col.who'), t('col.when'), t('col.what')]
      .map((header) => h('th', { scope: 'col' }, header)), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('col.actions'))))),
    h('tbody', {}, rows)),
  h('button', { type: 'submit', class: 'primary', id: 'compare-button' }, t('history.compare')));
  replace(document.getElementById('main'),
    heading(t('history.title', { title: item.title(found) }), h('a', { class: 'button secondary', href: item.back(encodeURIComponent(slug || '')) }, t('history.back'))),
    form, diff);
  if (revisions.length > 1) {
    show(diff, revisions[1].version, revisions[0].version, snapshots);
  }
}

function radio(name, version, checked) {
  const id = uniqueId(`${name}-${version}`);
  return h('span', { class: 'radio' },
    h('input', { type: 'radio', name, id, value: version, checked }),
    h('label', { for: id, class: 'visually-hidden' }, t(name === 'from' ? 'history.from' : 'history.to', { version })));
}

async function restore(context, found, version) {
  try {
    const { restoreRevision } = await run('StudioRestoreRevision', { input: { id: found.id, expectedVersion: found.version, version } });
    announce(t('history.restored', { version, current: restoreRevision.node.version ?? '' }), 'success');
    const hash = location.hash;
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: hash, newURL: hash }));
  }
  catch (error) {
    context.failure(error);
  }
}

/** The differences between two snapshots, field by field; long texts line by line. */
function show(target, from, to, snapshots) {
  const before = snapshots.get(from) || {};
  const after = snapshots.get(to) || {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => !IGNORED.test(name) && before[name] !== after[name]).sort();
  replace(target,
    h('h2', { tabindex: '-1' }, t('history.diff', { from, to })),
    names.length === 0 ? h('p', {}, t('history.noDiff')) : h('dl', { class: 'diff' }, names.map((name) => [
      h('dt', {}, fieldLabel(name), h('code', { class: 'field-path' }, name)),
      h('dd', {}, lines(before[name] ?? '', after[name] ?? '')),
    ])));
}

/** A stored field's name as editors know it: content.fr.title is "Title (French)". */
function fieldLabel(path) {
  const translated = path.match(/^content\.(fr|en)\.(\w+)/);
  if (translated) {
    return `${label(translated[2])} (${t(`locale.${translated[1].toUpperCase()}`)})`;
  }
  return label(path.split('.')[0]);
}

function label(field) {
  const key = `field.${field}`;
  const text = t(key);
  return text === key ? field : text;
}

/** What every save changes and an editor need not compare. */
const IGNORED = /^(version|audit\..*|_class|lastChange.*)$/;

/** A snapshot (MongoDB extended JSON) as named values, such as content.fr.title. */
function flatten(value, prefix = '', into = {}) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0].startsWith('$')) {
      into[prefix] = String(Object.values(value)[0]);
      return into;
    }
    keys.forEach((key) => flatten(value[key], prefix ? `${prefix}.${key}` : key, into));
    return into;
  }
  into[prefix] = Array.isArray(value) ? value.map((each) => (typeof each === 'object' ? JSON.stringify(each) : each)).join(', ') : String(value);
  return into;
}

/** A line diff (longest common subsequence), removed lines then added ones marked. */
function lines(beforeText, afterText) {
  const a = beforeText.split('\n');
  const b = afterText.split('\n');
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return h('div', { class: 'lines' }, a.map((line) => h('del', {}, line)), b.map((line) => h('ins', {}, line)));
  }
  const lengths = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(h('span', { class: 'same' }, a[i]));
      i += 1;
      j += 1;
    }
    else if (i < a.length && (j === b.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      out.push(h('del', {}, h('span', { class: 'visually-hidden' }, `${t('history.before')} : `), a[i]));
      i += 1;
    }
    else {
      out.push(h('ins', {}, h('span', { class: 'visually-hidden' }, `${t('history.after')} : `), b[j]));
      j += 1;
    }
  }
  return h('div', { class: 'lines' }, out);
}
