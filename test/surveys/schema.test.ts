/** Every shipped survey is valid; malformed or inconsistent YAML is refused naming file, line and problem. */
import { describe, expect, it } from 'vitest';
import { loadShippedSurveys, parseSurvey, SurveyError } from '../../src/surveys/load.js';
import { enumeratePaths } from '../../src/surveys/paths.js';

const shipped = loadShippedSurveys();

function problems(text: string): string[] {
  try {
    parseSurvey(text, 'surveys/test.yaml');
  } catch (err) {
    if (err instanceof SurveyError) return err.message.split('\n');
    throw err;
  }
  return [];
}

const BASE = `format: 1
id: test
version: 1
audience: diensten
title: Test
pages:
  - id: een
    title: Een
    questions:
      - id: keuze
        type: single
        required: true
        text: Kies
        options:
          - { value: ja, label: Ja }
          - { value: nee, label: Nee }
  - id: twee
    title: Twee
    showIf: { "==": [{ var: keuze }, ja] }
    questions:
      - id: waarom
        type: longtext
        text: Waarom?
`;

describe('shipped surveys', () => {
  it("ships the draaiboek's four templates, the residents' ones in four languages", () => {
    const templates = [
      'inwoners-buitenlandse-herkomst',
      'diensten-omgaan-met-diversiteit',
      'organisaties-omgaan-met-diversiteit',
      'inwoners-omgaan-met-diversiteit',
    ];
    for (const id of templates) expect(shipped.has(id), id).toBe(true);
    for (const { survey } of shipped.values())
      if (survey.audience === 'inwoners') expect(survey.languages).toEqual(['nl', 'nl-eenvoudig', 'en', 'fr']);
  });
  for (const [id, { survey }] of shipped) {
    it(`${id} is valid, and every path through it reaches the end`, () => {
      const paths = enumeratePaths(survey);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((p) => p.reachesEnd)).toBe(true);
      const seen = new Set(paths.flatMap((p) => p.pages));
      expect(survey.pages.every((p) => seen.has(p.id))).toBe(true);
    });
  }
});

describe('a survey file', () => {
  it('is accepted when consistent, with a path for each branch', () => {
    const survey = parseSurvey(BASE, 'surveys/test.yaml');
    expect(enumeratePaths(survey).map((p) => p.pages)).toEqual([['een', 'twee'], ['een']]);
  });

  it('names file, line and problem for broken YAML', () => {
    const text = BASE.replace('    title: Een', '    title: [Een');
    const [first] = problems(text);
    expect(first).toMatch(/^surveys\/test\.yaml, line \d+: not valid YAML/);
  });

  it('names the line of a schema problem (an unknown question type)', () => {
    const text = BASE.replace('type: longtext', 'type: essay');
    expect(problems(text)).toEqual([
      expect.stringMatching(/^surveys\/test\.yaml, line 2[0-9]: pages\.1\.questions\.0\.type: /),
    ]);
    const line = Number(problems(text)[0]?.match(/line (\d+)/)?.[1]);
    expect(text.split('\n')[line - 1]).toContain('type: essay');
  });

  it('refuses a reference to a missing question, on the line of the rule', () => {
    const text = BASE.replace('{ var: keuze }', '{ var: kleur }');
    expect(problems(text)).toEqual([
      'surveys/test.yaml, line 19: the skip logic refers to question "kleur", which does not exist',
    ]);
  });

  it('refuses a comparison with an option that does not exist', () => {
    const text = BASE.replace('{ var: keuze }, ja]', '{ var: keuze }, misschien]');
    expect(problems(text)[0]).toContain('compares "keuze" with "misschien", which is not one of its options');
  });

  it('refuses an unreachable page', () => {
    const text = BASE.replace(
      '{ "==": [{ var: keuze }, ja] }',
      '{ and: [{ "==": [{ var: keuze }, ja] }, { "==": [{ var: keuze }, nee] }] }',
    );
    expect(problems(text)).toEqual([
      'surveys/test.yaml, line 19: page "twee" is shown on no path: unreachable',
    ]);
  });

  it('refuses a rule on a question of the same page, operators outside the list, duplicate ids', () => {
    const same = BASE.replace(
      '        text: Waarom?',
      '        text: Waarom?\n      - id: nog\n        type: text\n        text: Nog?\n        showIf: { "==": [{ var: waarom }, x] }',
    );
    expect(problems(same).join('\n')).toContain(
      'refers to question "waarom", which is not on an earlier page',
    );
    expect(problems(BASE.replace('"=="', 'method')).join('\n')).toContain('operator "method"');
    expect(problems(BASE.replace('id: waarom', 'id: keuze')).join('\n')).toContain(
      'question id "keuze" is used twice',
    );
  });

  it('requires every text in every language the survey offers', () => {
    const text = BASE.replace('audience: diensten', 'audience: inwoners\nlanguages: [nl, en]');
    expect(problems(text)[0]).toMatch(/line 6: this text lacks the language\(s\) en/);
  });
});
