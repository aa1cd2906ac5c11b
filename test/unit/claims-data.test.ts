import { describe, expect, it } from 'vitest';
import { formatClaim, parseClaimFiles } from '../../claims/database';
import { readClaimFiles, readTaxonomyIds } from '../../claims/cli/load-database';

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

  it('cites at least one PMID, DOI or official https page per entry, and reviews every entry', () => {
    for (const c of claims) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.sources.every((s) => s.pmid ?? s.doi ?? s.url), c.id).toBe(true);
      expect(c.reviewed, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
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
