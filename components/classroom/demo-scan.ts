import type { ClaimHit, Matcher } from '@/claims/engine/types';
import type { Claim } from '@/claims/schema';
import type { DemoPost } from './demo-posts';
import { pickFindings, type Finding } from './findings';

/** One demo post as the engine read it: every hit (for the marks) and one finding per claim (for the lists). */
export interface DemoScan {
  post: DemoPost;
  hits: readonly ClaimHit[];
  findings: readonly Finding[];
}

/** Where a sentence ends: a full stop, question or exclamation mark, or a line break. */
const END = /[.!?…]+["”’)]*(?=\s|$)|\n/g;

/**
 * The rest of the sentence on either side of text[start, end), so a lesson shows the passage in
 * its sentence ("Our IgG food sensitivity panel shows which foods you should cut out"), not only
 * the words that matched.
 */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      to = m[0] === '\n' ? m.index : stop;
      break;
    }
  }
  return { before: text.slice(from, start).trimStart(), after: text.slice(end, to) };
}

/**
 * Reads every post as the content script reads a page: the post's title as the page title
 * (context for the stance), its body as the text. The same engine and database as on a website,
 * run on this page because content scripts never run on the extension's own pages.
 */
export function scanDemo(posts: readonly DemoPost[], matcher: Matcher, lookup: (id: string) => Claim | undefined): DemoScan[] {
  return posts.map((post) => {
    const hits = matcher.scan(post.body, { before: post.title });
    const passages = hits.map((h) => ({
      id: h.id,
      stance: h.stance,
      text: post.body.slice(h.start, h.end),
      ...sentenceAround(post.body, h.start, h.end),
    }));
    return { post, hits, findings: pickFindings(passages, lookup, `${post.kind}: ${post.title}`) };
  });
}
