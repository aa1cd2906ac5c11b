import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini'; // not full zod: see claims/schema.ts
import { getClaim, getMatcher } from '@/claims/bundle';
import { DEMO_POSTS } from '@/components/classroom/demo-posts';
import { scanDemo } from '@/components/classroom/demo-scan';
import { pickFindings, type Finding } from '@/components/classroom/findings';
import { getTabResultsSchema, tabResultsSchema } from '../lib/messages';

/** What the presenter shows: a page (or the demo) and its findings. */
export interface Presentation {
  title: string;
  url?: string;
  findings: readonly Finding[];
  emptyText: string;
}

/** `?tab=<id>` from the popup's "Present this page"; anything else means the demo. */
const tabParam = z.optional(z.string().check(z.regex(/^\d{1,10}$/)));

/** The demo's posts, read by the engine here, as on the demo page. */
function demoPresentation(): Presentation {
  const findings = scanDemo(DEMO_POSTS, getMatcher(), getClaim).flatMap((s) => s.findings);
  return { title: i18n.t('classroom.demoTitle'), findings, emptyText: i18n.t('classroom.noClaims') };
}

/**
 * The tab's title where the browser tells us. Without the "tabs" permission it may not (Chrome
 * and Firefox hide titles of pages the extension has no host access to), so the address serves.
 */
async function tabTitle(tabId: number, url: string): Promise<string> {
  const title = await browser.tabs.get(tabId).then((t) => t.title, () => undefined);
  if (title) return title;
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}

/**
 * Loads what to present: the claims the background keeps for the tab (message get-tab-results:
 * the content script's last report, validated) or, without a tab, the demo.
 */
export async function loadPresentation(search: string): Promise<Presentation> {
  const parsed = tabParam.safeParse(new URLSearchParams(search).get('tab') ?? undefined);
  if (!parsed.success || parsed.data === undefined) return demoPresentation();
  const tabId = Number(parsed.data);
  const message = getTabResultsSchema.parse({ type: 'get-tab-results', tabId });
  const stored = z.nullable(tabResultsSchema).safeParse(await browser.runtime.sendMessage(message).catch(() => null));
  if (!stored.success || !stored.data) return { title: i18n.t('classroom.presenterTitle'), findings: [], emptyText: i18n.t('classroom.noTab') };
  const { url, claims } = stored.data;
  return { title: await tabTitle(tabId, url), url, findings: pickFindings(claims, getClaim), emptyText: i18n.t('classroom.noClaims') };
}
