/** components/report: the HTML, Markdown and ClaimReview JSON-LD builders of the classroom report. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '@/claims/cli/load-database';
import { VERDICT_RATING } from '@/claims/claimreview';
import type { Claim } from '@/claims/schema';
import type { Finding } from '@/components/classroom/findings';
import { reportFileName, type Report } from '@/components/report/report';
import { escapeHtml, PRINT_HANDLER, PRINT_HANDLER_HASH, reportHtml } from '@/components/report/report-html';
import { reportClaimReviews, reportJsonLd } from '@/components/report/report-jsonld';
import { escapeMarkdown, reportMarkdown } from '@/components/report/report-markdown';

const claims = new Map(loadDatabase().map((c) => [c.id, c]));
const claim = (id: string): Claim => claims.get(id)!;

const HOSTILE = '<img src=x onerror="alert(1)"> & <script>alert(2)</script> [click](javascript:alert(3)) *bold* `code`';
const findings: Finding[] = [
  { id: 'bone-broth-heals-gut', stance: 'asserts', text: 'Bone broth heals your gut', before: '', after: ' lining.', claim: claim('bone-broth-heals-gut'), where: 'Shop <b>page</b>' },
  { id: 'zonulin-test-diagnoses', stance: 'refutes', text: HOSTILE, claim: claim('zonulin-test-diagnoses') },
  { id: 'nsaids-raise-permeability', stance: 'asserts', text: '# Ibuprofen raises permeability\n- and more', claim: claim('nsaids-raise-permeability') },
];
const report: Report = { title: 'Gut </title><script>x()</script> & Co', url: 'https://shop.example/p?a=1&b=<2>', date: '2026-12-07', findings };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('reportHtml', () => {
  const doc = parse(reportHtml(report));

  it('escapes page text: a hostile passage, title and label stay text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(doc.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(doc.title).toBe('GutCheck report: Gut </title><script>x()</script> & Co');
    const quotes = [...doc.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toContain(HOSTILE);
    expect(doc.body.textContent).toContain('Where: Shop <b>page</b>');
  });

  it('has the page, the date, and each claim with passage, verdict, evidence, summary and sources', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('GutCheck report: Gut </title><script>x()</script> & Co');
    expect(doc.querySelector('.meta a')?.getAttribute('href')).toBe('https://shop.example/p?a=1&b=<2>');
    expect(doc.body.textContent).toContain('Checked on 7 December 2026. 3 claims found: 2 the page makes, 1 it disputes or only mentions.');
    const articles = [...doc.querySelectorAll('article')];
    expect(articles.map((a) => a.querySelector('h3')?.textContent)).toEqual([
      `1. ${claim('bone-broth-heals-gut').claim}`,
      `2. ${claim('nsaids-raise-permeability').claim}`,
      `3. ${claim('zonulin-test-diagnoses').claim}`,
    ]);
    const broth = articles[0]!;
    expect(broth.querySelector('blockquote')?.textContent).toBe('Bone broth heals your gut lining.');
    expect(broth.textContent).toContain('Verdict');
    expect(broth.querySelector('dd strong')?.textContent).toBe('Not supported');
    expect(broth.textContent).toContain('Very low');
    expect(broth.textContent).toContain(claim('bone-broth-heals-gut').summary);
    const links = [...broth.querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(claim('bone-broth-heals-gut').sources.length);
    for (const href of links) expect(href).toMatch(/^https:\/\//);
    expect(doc.querySelectorAll('h2')[1]?.textContent).toBe('Claims the page disputes or only mentions (1)');
  });

  it('prints: a print stylesheet, a Print button, and a CSP that allows only that button', () => {
    const html = reportHtml(report);
    expect(html).toMatch(/@media print \{[^]*\.print \{ display: none; \}/);
    const button = doc.querySelector('button.print');
    expect(button?.getAttribute('onclick')).toBe(PRINT_HANDLER);
    expect(PRINT_HANDLER_HASH).toBe(`sha256-${createHash('sha256').update(PRINT_HANDLER).digest('base64')}`);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`'${PRINT_HANDLER_HASH}'`);
    expect(doc.querySelectorAll('[src], link, img, iframe, object, embed')).toHaveLength(0);
  });

  it('never links a page address that is not http(s), and says when nothing was found', () => {
    const empty = parse(reportHtml({ title: 'Quiet', url: 'javascript:alert(1)', date: '2026-12-07', findings: [] }));
    expect(empty.querySelectorAll('a')).toHaveLength(0);
    expect(empty.body.textContent).toContain('Page: javascript:alert(1)');
    expect(empty.body.textContent).toContain('GutCheck found no claims from its database on this page.');
    const demo = parse(reportHtml({ title: 'GutCheck demo page', date: '2026-12-07', findings: [] }));
    expect(demo.body.textContent).toContain('Page: GutCheck demo page (inside the extension)');
  });
});

describe('reportMarkdown', () => {
  const md = reportMarkdown(report);
  const lines = md.split('\n');

  it('escapes page text so it never becomes markup of the report', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) <e> `f` \\ | ~ ! &amp;')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\\\ \\| \\~ \\! \\&amp;');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('12. not a list')).toBe('12\\. not a list');
    const hostile = lines.find((l) => l.includes('alert(2)'))!;
    expect(hostile.startsWith('> ')).toBe(true);
    // No unescaped markup character is left in the quoted passage.
    expect(hostile.slice(2).replace(/\\[\\`*_[\]<>|~&!]/g, '')).not.toMatch(/[\\`*_[\]<>|~&!]/);
    expect(md).toContain('# GutCheck report: Gut \\</title\\>\\<script\\>x()\\</script\\> \\& Co');
  });

  it('quotes a passage of several lines on one quoted line, its line starts escaped', () => {
    expect(md).toContain('> \\# Ibuprofen raises permeability - and more');
  });

  it('has the page, the date, and each claim with passage, verdict, evidence, summary and sources', () => {
    expect(lines[2]).toBe('- Page: <https://shop.example/p?a=1&b=%3C2%3E>');
    expect(lines[3]).toBe('- Checked on 7 December 2026');
    expect(md).toContain(`### 1. ${escapeMarkdown(claim('bone-broth-heals-gut').claim)}`);
    expect(md).toContain('- Verdict: **Not supported**.');
    expect(md).toContain('- Strength of evidence (GRADE): **High**.');
    expect(md).toContain('> Bone broth heals your gut lining.');
    expect(md).toContain(`What the research says: ${escapeMarkdown(claim('nsaids-raise-permeability').summary)}`);
    const first = claim('bone-broth-heals-gut').sources[0]!;
    expect(md).toMatch(new RegExp(`^1\\. \\[[^\\n]+\\]\\(<https://(pubmed|doi)[^>]+>\\), [^\\n]*${first.year}$`, 'm'));
    expect(md.indexOf('## Claims the page makes (2)')).toBeLessThan(md.indexOf('## Claims the page disputes or only mentions (1)'));
  });
});

describe('reportJsonLd', () => {
  const parsed: unknown = JSON.parse(reportJsonLd(report));

  it('is valid JSON: one ClaimReview per finding, with rating, claim, passage and sources', () => {
    expect(Array.isArray(parsed)).toBe(true);
    const reviews = parsed as ReturnType<typeof reportClaimReviews>;
    expect(reviews).toHaveLength(3);
    const [broth, zonulin] = reviews;
    expect(broth).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claim('bone-broth-heals-gut').claim,
      sdDatePublished: '2026-12-07',
      reviewRating: { '@type': 'Rating', ratingValue: VERDICT_RATING.unsupported, bestRating: 5, worstRating: 1, alternateName: 'Not supported' },
      itemReviewed: {
        '@type': 'Claim',
        name: claim('bone-broth-heals-gut').claim,
        identifier: 'bone-broth-heals-gut',
        appearance: [{ '@type': 'Quotation', text: 'Bone broth heals your gut lining.', isPartOf: { '@type': 'WebPage', name: report.title, url: report.url } }],
      },
    });
    expect(broth!.citation.length).toBe(claim('bone-broth-heals-gut').sources.length);
    expect(broth!.citation[0]).toMatchObject({ '@type': 'CreativeWork', name: claim('bone-broth-heals-gut').sources[0]!.title });
    expect(zonulin!.itemReviewed.appearance?.[0]).toMatchObject({ '@type': 'Quotation', text: HOSTILE });
  });

  it('writes "<" as \\u003c so a passage cannot close a <script> the JSON-LD is pasted into', () => {
    expect(reportJsonLd(report)).not.toContain('<');
  });

  it('leaves out the page address for the demo, which has none', () => {
    const [first] = reportClaimReviews({ title: 'GutCheck demo page', date: '2026-12-07', findings });
    expect(first!.itemReviewed.appearance?.[0]).toEqual({ '@type': 'Quotation', text: 'Bone broth heals your gut lining.', isPartOf: { '@type': 'WebPage', name: 'GutCheck demo page' } });
  });
});

describe('reportFileName', () => {
  it('names the file by page and date, safe on any file system', () => {
    expect(reportFileName(report, 'html')).toBe('gutcheck-report-gut-title-script-x-script-co-2026-12-07.html');
    expect(reportFileName({ title: '💬', date: '2026-12-07' }, 'jsonld')).toBe('gutcheck-report-2026-12-07.jsonld');
    expect(reportFileName({ title: 'GutCheck demo page', date: '2026-12-07' }, 'md')).toBe('gutcheck-report-gutcheck-demo-page-2026-12-07.md');
  });
});
