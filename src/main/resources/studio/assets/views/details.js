// Centres, pillars and the federation as the public reads them, with their history.

import { run } from '../api.js';
import { h, replace, serviceHtml } from '../dom.js';
import { t } from '../i18n.js';
import { heading, localeBadges, savedBy } from './common.js';

function detail(title, historyHash, item, rows, body) {
  replace(document.getElementById('main'),
    heading(title, h('a', { class: 'button secondary', href: historyHash, id: 'open-history' }, t('editor.history'))),
    h('p', { class: 'meta' }, t('detail.readOnly')),
    h('dl', { class: 'details' },
      h('dt', {}, t('col.locales')), h('dd', {}, localeBadges(item.availableLocales)),
      h('dt', {}, t('col.lastEditor')), h('dd', {}, savedBy(item.audit)),
      h('dt', {}, t('col.version')), h('dd', {}, item.version),
      rows.filter(([, value]) => value).map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
    body ? h('div', { class: 'public-body', lang: item.locale.toLowerCase() }, serviceHtml(body)) : null);
}

export async function centreDetail(context, slug) {
  const { centre } = await run('StudioCentre', { slug });
  if (!centre) {
    replace(document.getElementById('main'), h('h1', { tabindex: '-1' }, t('error.NOT_FOUND')));
    return;
  }
  const address = centre.address ? [centre.address.street, `${centre.address.postalCode || ''} ${centre.address.city || ''}`].filter(Boolean).join(', ') : null;
  detail(centre.name, `#/centres/${encodeURIComponent(slug)}/history`, centre,
    [['Slug', centre.slug], [t('col.city'), `${centre.city} (${centre.region})`], [t('detail.address'), address],
      [t('detail.phone'), centre.phone], [t('detail.email'), centre.email], [t('detail.website'), centre.website], [t('editor.summary'), centre.summary],
      [t('detail.expertise'), centre.expertise.join(', ')]], null);
}

export async function pillarDetail(context, slug) {
  const { pillar } = await run('StudioPillar', { slug });
  if (!pillar) {
    replace(document.getElementById('main'), h('h1', { tabindex: '-1' }, t('error.NOT_FOUND')));
    return;
  }
  detail(`${pillar.order}. ${pillar.title}`, `#/pillars/${encodeURIComponent(slug)}/history`, pillar,
    [['Slug', pillar.slug], [t('editor.summary'), pillar.summary]], pillar.body);
}

export async function federationDetail() {
  const { federation } = await run('StudioFederation', {});
  detail(federation.name, '#/federation/history', federation,
    [[t('col.name'), federation.shortName], [t('editor.summary'), federation.description]], federation.vision);
}
