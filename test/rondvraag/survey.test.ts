/**
 * The ready survey of the rondvraag (surveys/rondvraag-gebruik.yaml): valid for the engine, asking what
 * issue 11 §2 asks, and every path through its skip logic reaches the end.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedSurveys } from '../../src/surveys/load.js';
import { enumeratePaths } from '../../src/surveys/paths.js';

const survey = loadShippedSurveys().get('rondvraag-gebruik')?.survey;

describe('the rondvraag survey', () => {
  it('is shipped and valid, for municipalities, in Dutch', () => {
    expect(survey?.title).toBe('Gebruik van het cijferrapport lokale diversiteit');
    expect(survey?.audience).toBe('gemeenten');
    expect(survey?.languages).toEqual(['nl']);
  });

  it('asks whether, where, which chapters, why not, what is missing, an own cijferdienst and a contact', () => {
    const questions = new Map(survey?.pages.flatMap((p) => p.questions).map((q) => [q.id, q]));
    const values = (id: string) => {
      const q = questions.get(id);
      return q && (q.type === 'single' || q.type === 'multiple') ? q.options.map((o) => o.value) : [];
    };
    expect(values('gebruikt')).toEqual(['ja', 'nee', 'weet-niet']);
    expect(values('waar')).toEqual([
      'omgevingsanalyse',
      'meerjarenplan',
      'memorandum',
      'infosessies',
      'partners',
    ]);
    expect(questions.get('waar')?.type === 'multiple' && questions.get('waar')).toMatchObject({
      other: true,
    });
    expect(values('hoofdstukken')).toContain('kerncijfers');
    expect(values('waarom_niet')).toEqual([
      'onbekend',
      'eigen-dienst',
      'geen-tijd',
      'niet-relevant',
      'niet-actueel',
    ]);
    expect(questions.get('ontbreekt')?.type).toBe('longtext');
    expect(values('cijferdienst')).toEqual(['ja', 'gedeeld', 'nee']);
    expect([...questions.keys()].filter((id) => id.startsWith('contact_'))).toEqual([
      'contact_ok',
      'contact_naam',
      'contact_email',
      'contact_functie',
    ]);
  });

  it('reaches the end on every path, and each branch shows its own pages', () => {
    if (!survey) throw new Error('no survey');
    const paths = enumeratePaths(survey);
    expect(paths.length).toBe(6);
    expect(paths.every((p) => p.reachesEnd)).toBe(true);
    const pagesFor = (gebruikt: string, contact: string) =>
      paths.find((p) => p.data.gebruikt === gebruikt && p.data.contact_ok === contact)?.pages;
    expect(pagesFor('ja', 'nee')).toEqual(['gebruik', 'toepassing', 'verder', 'contact']);
    expect(pagesFor('nee', 'ja')).toEqual([
      'gebruik',
      'niet_gebruikt',
      'verder',
      'contact',
      'contactgegevens',
    ]);
    expect(pagesFor('weet-niet', 'nee')).toEqual(['gebruik', 'verder', 'contact']);
    // Every page and every question is on some path.
    const seen = new Set(paths.flatMap((p) => [...p.pages, ...p.questions]));
    for (const page of survey.pages) {
      expect(seen).toContain(page.id);
      for (const q of page.questions) expect(seen).toContain(q.id);
    }
  });
});
