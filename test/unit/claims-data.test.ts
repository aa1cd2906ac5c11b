import { describe, expect, it } from 'vitest';
import { formatClaim, parseClaimFiles } from '../../claims/database';
import { readClaimFiles, readTaxonomyIds } from '../../claims/cli/load-database';
import { databaseGrades, gradeLevel, GRADE_CEILINGS, type PatientField } from '../../scripts/readability';

const files = readClaimFiles();
const claims = parseClaimFiles(files);
const taxonomyIds = readTaxonomyIds();

describe('claims database', () => {
  it('covers every taxonomy id as an entry or alias', () => {
    expect(taxonomyIds).toHaveLength(35);
    const known = new Set(claims.flatMap((c) => [c.id, ...(c.aliases ?? [])]));
    expect(taxonomyIds.filter((id) => !known.has(id))).toEqual([]);
  });

  it('keeps every file canonical (formatting the parsed file gives it back byte for byte)', () => {
    const raw = new Map(files.map((f) => [f.name, f.raw]));
    for (const c of claims) expect(raw.get(`${c.id}.json`), c.id).toBe(formatClaim(c));
  });

  it('cites at least two sources per entry, each with a PMID, DOI or official https page, and records each review', () => {
    for (const c of claims) {
      expect(c.sources.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.sources.every((s) => s.pmid ?? s.doi ?? s.url), c.id).toBe(true);
      expect(c.history.at(-1)!.date <= c.reviewed, c.id).toBe(true);
    }
  });

  it('rejects an entry with a single source, and one without a review history', () => {
    const good = JSON.parse(files[0]!.raw) as { sources: unknown[] } & Record<string, unknown>;
    expect(() => parseClaimFiles([{ name: files[0]!.name, data: { ...good, sources: good.sources.slice(0, 1) } }])).toThrow(/field "sources": .*(2|two)/i);
    const { history: _dropped, ...withoutHistory } = good;
    expect(() => parseClaimFiles([{ name: files[0]!.name, data: withoutHistory }])).toThrow(/field "history"/);
  });

  it('rejects one identifier cited with two different titles', () => {
    const a = JSON.parse(files[0]!.raw) as { sources: { title: string }[] } & Record<string, unknown>;
    const b = JSON.parse(files[1]!.raw) as { sources: { title: string }[] } & Record<string, unknown>;
    const retitled = { ...a.sources[0]!, title: `${a.sources[0]!.title} (a different paper)` };
    expect(() => parseClaimFiles([files[0]!, { name: files[1]!.name, data: { ...b, sources: [retitled, ...b.sources] } }])).toThrow(
      /field "sources": (PMID|DOI|URL) .* is titled/,
    );
  });

  it('keeps patient text plain: mean reading grade of summaries at most 8 and of nuance at most 10', () => {
    const grades = databaseGrades(claims);
    for (const [field, ceiling] of Object.entries(GRADE_CEILINGS)) expect(grades[field as PatientField].mean, field).toBeLessThanOrEqual(ceiling);
  });

  it('grades plain text below dense text', () => {
    expect(gradeLevel('Broth is food. It is warm. It does not fix the gut.')).toBeLessThan(3);
    expect(gradeLevel('Intestinal hyperpermeability demonstrates considerable interindividual variability in heterogeneous populations.')).toBeGreaterThan(16);
  });

  it('tells patients when to see a doctor in every entry', () => {
    for (const c of claims) expect(`${c.advice}`, c.id).toMatch(/doctor|GP|clinician|specialist|gastroenterologist|paediatrician|pediatrician|allergist|dietitian/i);
  });

  it('names the file and the field of a broken entry', () => {
    const good = JSON.parse(files[0]!.raw) as Record<string, unknown>;
    const broken = { ...good, verdict: 'probably-fine', sources: [] };
    expect(() => parseClaimFiles([{ name: files[0]!.name, data: broken }])).toThrow(
      new RegExp(`${files[0]!.name}: field "verdict".*[\\s\\S]*${files[0]!.name}: field "sources"`),
    );
  });

  it('rejects a file whose id does not match its name, and duplicate ids', () => {
    const good = JSON.parse(files[0]!.raw) as Record<string, unknown>;
    expect(() => parseClaimFiles([{ name: 'other-name.json', data: good }])).toThrow(/other-name\.json: field "id"/);
    expect(() => parseClaimFiles([files[0]!, { name: files[0]!.name, data: good }])).toThrow(/already used/);
  });

  it('rejects a source without any identifier', () => {
    const good = JSON.parse(files[0]!.raw) as Record<string, unknown>;
    const bad = { ...good, sources: [{ title: 'A study of something', year: 2020 }] };
    expect(() => parseClaimFiles([{ name: files[0]!.name, data: bad }])).toThrow(/field "sources\.0": needs a pmid, doi or url/);
  });
});
