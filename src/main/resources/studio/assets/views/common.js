// Pieces every view shows the same way: statuses, locales, who and when, tables.

import { run } from '../api.js';
import { h } from '../dom.js';
import { parisTime, t } from '../i18n.js';

export const LOCALES = ['FR', 'EN'];

/** Where each kind of content lives in the studio. */
export const KINDS = {
  ARTICLE: { path: 'articles', label: 'nav.articles' },
  RESEARCH_PROGRAMME: { path: 'programmes', label: 'nav.programmes' },
  CENTRE: { path: 'centres', label: 'nav.centres' },
  STRATEGY_PILLAR: { path: 'pillars', label: 'nav.pillars' },
  FEDERATION: { path: 'federation', label: 'nav.federation' },
};

export function itemHash(type, slug) {
  const kind = KINDS[type];
  return type === 'FEDERATION' ? '#/federation' : `#/${kind.path}/${encodeURIComponent(slug)}`;
}

export function statusBadge(status) {
  return status ? h('span', { class: `badge status-${status.toLowerCase()}` }, t(`status.${status}`)) : null;
}

/** The locales present, and those missing marked as such (not by colour alone). */
export function localeBadges(available) {
  return h('span', { class: 'locales' }, LOCALES.map((locale) => available.includes(locale)
    ? h('span', { class: 'badge locale-present', title: `${t(`locale.${locale}`)} : ${t('locale.present')}` }, locale)
    : h('span', { class: 'badge locale-missing', title: `${t(`locale.${locale}`)} : ${t('locale.missing')}` },
      h('s', {}, locale), h('span', { class: 'visually-hidden' }, ` (${t('locale.missing')})`))));
}

export function savedBy(audit) {
  if (!audit?.updatedBy) {
    return '';
  }
  return [audit.updatedBy.name, h('br'), h('time', { datetime: audit.updatedAt }, parisTime(audit.updatedAt))];
}

/** A table with a caption, column headers and rows of cells. */
export function table(caption, headers, rows, attributes = {}) {
  return h('table', attributes,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, index) => index === 0
      ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))))));
}

export function heading(text, ...actions) {
  return h('div', { class: 'view-heading' }, h('h1', { tabindex: '-1' }, text),
    actions.length ? h('div', { class: 'actions' }, actions) : null);
}

/**
 * What content can link to, as [slug, label] pairs: read afresh each time, so a centre or
 * programme a colleague (or this editor) has just created is offered at once.
 */
export async function linkOptions() {
  const answer = await run('StudioLinkOptions');
  return {
    centres: answer.centres.map((centre) => [centre.slug, `${centre.name} (${centre.city})`]),
    pillars: answer.pillars.map((pillar) => [pillar.slug, pillar.title]),
    programmes: answer.programmes.edges.map(({ node }) => [node.slug, `${node.acronym} · ${node.title}`]),
  };
}
