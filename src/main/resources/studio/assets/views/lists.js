// Lists of content with their publication status, locales and last editor. Filters and
// page cursors live in the address, so a filtered list can be bookmarked and shared.

import { run } from '../api.js';
import { h, replace, uniqueId } from '../dom.js';
import { parisTime, t } from '../i18n.js';
import { heading, LOCALES, localeBadges, savedBy, statusBadge, table } from './common.js';

const PAGE_SIZE = 25;
const STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'];
const ARTICLE_KINDS = ['PRESS_RELEASE', 'NEWS', 'PAGE', 'RECOMMENDATION'];

function parameters() {
  return new URLSearchParams((location.hash.split('?')[1]) || '');
}

function select(name, label, options, value) {
  const id = uniqueId(name);
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name },
      h('option', { value: '' }, t('list.any')),
      options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text))));
}

function filters(path, query, extra) {
  const searchId = uniqueId('search');
  const form = h('form', { class: 'filters', role: 'search', id: 'list-filters' },
    h('div', { class: 'field grow' },
      h('label', { for: searchId }, t('list.search')),
      h('input', { id: searchId, name: 'q', type: 'search', value: query.get('q') || '' })),
    select('status', t('list.status'), STATUSES.map((status) => [status, t(`status.${status}`)]), query.get('status')),
    extra,
    select('locale', t('list.locale'), LOCALES.map((locale) => [locale, t(`locale.${locale}`)]), query.get('locale')),
    h('button', { type: 'submit', class: 'secondary' }, t('list.apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    new FormData(form).forEach((value, name) => { if (value) next.set(name, value); });
    location.hash = `#/${path}${next.toString() ? `?${next}` : ''}`;
  });
  return form;
}

function pager(path, query, pageInfo) {
  const page = (cursorName, cursor) => {
    const next = new URLSearchParams(query);
    next.delete('after');
    next.delete('before');
    next.set(cursorName, cursor);
    return `#/${path}?${next}`;
  };
  return h('nav', { class: 'pager', 'aria-label': t('list.pages') },
    pageInfo.hasPreviousPage ? h('a', { href: page('before', pageInfo.startCursor), rel: 'prev' }, t('list.previous')) : null,
    pageInfo.hasNextPage ? h('a', { href: page('after', pageInfo.endCursor), rel: 'next' }, t('list.next')) : null);
}

function paging(query) {
  return query.get('before')
    ? { last: PAGE_SIZE, before: query.get('before') }
    : { first: PAGE_SIZE, after: query.get('after') || null };
}

function commonFilter(query) {
  return {
    ...(query.get('q') ? { search: query.get('q') } : {}),
    ...(query.get('status') ? { statuses: [query.get('status')] } : {}),
    ...(query.get('locale') ? { locale: query.get('locale') } : {}),
  };
}

export async function articleList() {
  const query = parameters();
  const filter = { ...commonFilter(query), ...(query.get('kind') ? { kinds: [query.get('kind')] } : {}) };
  const { articles } = await run('StudioArticles', { filter, ...paging(query) });
  replace(document.getElementById('main'),
    heading(t('nav.articles'), h('a', { class: 'button primary', href: '#/articles/new' }, t('dashboard.newArticle'))),
    filters('articles', query,
      select('kind', t('list.kind'), ARTICLE_KINDS.map((kind) => [kind, t(`kind.${kind}`)]), query.get('kind'))),
    results(t('nav.articles'), articles, [t('col.title'), t('list.kind'), t('col.status'), t('col.locales'), t('col.lastEditor')],
      (article) => [h('a', { href: `#/articles/${encodeURIComponent(article.slug)}` }, article.title),
        t(`kind.${article.kind}`), statusCell(article), localeBadges(article.availableLocales), savedBy(article.audit)]),
    pager('articles', query, articles.pageInfo));
}

export async function programmeList() {
  const query = parameters();
  const { programmes } = await run('StudioProgrammes', { filter: commonFilter(query), ...paging(query) });
  replace(document.getElementById('main'),
    heading(t('nav.programmes'), h('a', { class: 'button primary', href: '#/programmes/new' }, t('dashboard.newProgramme'))),
    filters('programmes', query, null),
    results(t('nav.programmes'), programmes, [t('col.title'), t('col.status'), t('col.locales'), t('col.lastEditor')],
      (programme) => [h('a', { href: `#/programmes/${encodeURIComponent(programme.slug)}` }, `${programme.acronym} · ${programme.title}`),
        statusCell(programme), localeBadges(programme.availableLocales), savedBy(programme.audit)]),
    pager('programmes', query, programmes.pageInfo));
}

function statusCell(item) {
  return [statusBadge(item.publicationStatus),
    item.publishedAt ? [h('br'), h('time', { class: 'meta', datetime: item.publishedAt }, parisTime(item.publishedAt))] : null];
}

function results(caption, connection, headers, cells) {
  const rows = connection.edges.map(({ node }) => cells(node));
  return h('div', { class: 'results' },
    h('p', { class: 'meta', role: 'status' }, t('list.count', { count: connection.totalCount })),
    rows.length ? table(caption, headers, rows, { class: 'list', id: 'results' }) : h('p', {}, t('list.empty')));
}

export async function centreList() {
  const { centres } = await run('StudioCentres');
  replace(document.getElementById('main'), heading(t('nav.centres')),
    table(t('nav.centres'), [t('col.name'), t('col.city'), t('col.locales'), t('col.lastEditor')],
      centres.map((centre) => [h('a', { href: `#/centres/${encodeURIComponent(centre.slug)}` }, centre.name),
        centre.city, localeBadges(centre.availableLocales), savedBy(centre.audit)]), { class: 'list', id: 'results' }));
}

export async function pillarList() {
  const { pillars } = await run('StudioPillars');
  replace(document.getElementById('main'), heading(t('nav.pillars')),
    table(t('nav.pillars'), [t('col.title'), t('col.locales'), t('col.lastEditor')],
      pillars.map((pillar) => [h('a', { href: `#/pillars/${encodeURIComponent(pillar.slug)}` }, `${pillar.order}. ${pillar.title}`),
        localeBadges(pillar.availableLocales), savedBy(pillar.audit)]), { class: 'list', id: 'results' }));
}
