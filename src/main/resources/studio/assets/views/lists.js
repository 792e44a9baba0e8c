// Lists of content with their publication status, locales and last editor. Filters and
// page cursors live in the address, so a filtered list can be bookmarked and shared.

import { run } from '../api.js';
import { h, replace, uniqueId } from '../dom.js';
import { parisTime, t } from '../i18n.js';
import { heading, linkOptions, LOCALES, localeBadges, savedBy, statusBadge, table } from './common.js';

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

function statusSelect(query) {
  return select('status', t('list.status'), STATUSES.map((status) => [status, t(`status.${status}`)]), query.get('status'));
}

function filters(path, query, extra, searchLabel = t('list.search')) {
  const searchId = uniqueId('search');
  const form = h('form', { class: 'filters', role: 'search', id: 'list-filters' },
    h('div', { class: 'field grow' },
      h('label', { for: searchId }, searchLabel),
      h('input', { id: searchId, name: 'q', type: 'search', value: query.get('q') || '' })),
    extra,
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

/** The API's filter from the address: each parameter given becomes its condition. */
function filterFrom(query, conditions) {
  return Object.fromEntries(Object.entries(conditions)
    .filter(([parameter]) => query.get(parameter))
    .map(([parameter, [field, list]]) => [field, list ? [query.get(parameter)] : query.get(parameter)]));
}

const COMMON_CONDITIONS = { q: ['search'], status: ['statuses', true], centre: ['centre'] };

export async function articleList() {
  const query = parameters();
  const filter = filterFrom(query,
    { ...COMMON_CONDITIONS, kind: ['kinds', true], pillar: ['pillar'], programme: ['programme'], locale: ['locale'] });
  const [{ articles }, links] = await Promise.all([run('StudioArticles', { filter, ...paging(query) }), linkOptions()]);
  replace(document.getElementById('main'),
    heading(t('nav.articles'), h('a', { class: 'button primary', href: '#/articles/new' }, t('dashboard.newArticle'))),
    filters('articles', query, [statusSelect(query),
      select('kind', t('list.kind'), ARTICLE_KINDS.map((kind) => [kind, t(`kind.${kind}`)]), query.get('kind')),
      select('centre', t('list.centre'), links.centres, query.get('centre')),
      select('pillar', t('list.pillar'), links.pillars, query.get('pillar')),
      select('programme', t('list.programme'), links.programmes, query.get('programme')),
      select('locale', t('list.locale'), LOCALES.map((locale) => [locale, t(`locale.${locale}`)]), query.get('locale'))]),
    results(t('nav.articles'), articles, [t('col.title'), t('list.kind'), t('col.status'), t('col.locales'), t('col.lastEditor')],
      (article) => [h('a', { href: `#/articles/${encodeURIComponent(article.slug)}` }, article.title),
        t(`kind.${article.kind}`), statusCell(article), localeBadges(article.availableLocales), savedBy(article.audit)]),
    pager('articles', query, articles.pageInfo));
}

export async function programmeList() {
  const query = parameters();
  const filter = filterFrom(query, COMMON_CONDITIONS);
  const [{ programmes }, links] = await Promise.all([run('StudioProgrammes', { filter, ...paging(query) }), linkOptions()]);
  replace(document.getElementById('main'),
    heading(t('nav.programmes'), h('a', { class: 'button primary', href: '#/programmes/new' }, t('dashboard.newProgramme'))),
    filters('programmes', query, [statusSelect(query), select('centre', t('list.centre'), links.centres, query.get('centre'))]),
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
  const query = parameters();
  const { centres, regions } = await run('StudioCentres', { filter: filterFrom(query, { q: ['search'], region: ['region'] }) });
  const regionNames = [...new Set(regions.map((centre) => centre.region))].sort((a, b) => a.localeCompare(b, 'fr'));
  replace(document.getElementById('main'), heading(t('nav.centres')),
    filters('centres', query, [select('region', t('list.region'), regionNames.map((region) => [region, region]), query.get('region'))],
      t('list.searchCentres')),
    results(t('nav.centres'), { totalCount: centres.length, edges: centres.map((node) => ({ node })) },
      [t('col.name'), t('col.city'), t('list.region'), t('col.locales'), t('col.lastEditor')],
      (centre) => [h('a', { href: `#/centres/${encodeURIComponent(centre.slug)}` }, centre.name),
        centre.city, centre.region, localeBadges(centre.availableLocales), savedBy(centre.audit)]));
}

export async function pillarList() {
  const { pillars } = await run('StudioPillars');
  replace(document.getElementById('main'), heading(t('nav.pillars')),
    table(t('nav.pillars'), [t('col.title'), t('col.locales'), t('col.lastEditor')],
      pillars.map((pillar) => [h('a', { href: `#/pillars/${encodeURIComponent(pillar.slug)}` }, `${pillar.order}. ${pillar.title}`),
        localeBadges(pillar.availableLocales), savedBy(pillar.audit)]), { class: 'list', id: 'results' }));
}
