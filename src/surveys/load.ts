/**
 * Reads a survey from YAML text (a file of `surveys/`, or a municipality's adapted copy) and validates
 * it: YAML syntax, the schema, then the logic checks. Every problem names the file, the line and what is
 * wrong (`surveys/x.yaml, line 12: …`), so an officer editing a copy sees where to look.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { checkSurvey } from './check.js';
import { type Survey, surveySchema } from './schema.js';

export const DEFAULT_SURVEY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../surveys');

export interface SurveyProblem {
  readonly file: string;
  /** 1-based; absent when the problem is about the whole file. */
  readonly line?: number;
  readonly problem: string;
}

export class SurveyError extends Error {
  override name = 'SurveyError';
  constructor(readonly problems: readonly SurveyProblem[]) {
    super(problems.map(problemText).join('\n'));
  }
}

export function problemText(p: SurveyProblem): string {
  return p.line === undefined ? `${p.file}: ${p.problem}` : `${p.file}, line ${p.line}: ${p.problem}`;
}

function zodMessage(issue: { message: string; path: readonly PropertyKey[]; code: string }): string {
  const at = issue.path.map(String).join('.');
  return at ? `${at}: ${issue.message}` : issue.message;
}

/** Parses and checks a survey; throws SurveyError with every problem found. */
export function parseSurvey(text: string, file: string): Survey {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0)
    throw new SurveyError(
      doc.errors.map((e) => ({
        file,
        ...(e.linePos?.[0] ? { line: e.linePos[0].line } : {}),
        problem: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // The deepest node that exists on the path (a missing key points at its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      if (n > 0 && isNode(doc.getIn(path.slice(0, n - 1) as (string | number)[], true))) {
        // A key without a node value (e.g. `text:` with nothing): find the key's own position.
        const parent = doc.getIn(path.slice(0, n - 1) as (string | number)[], true) as {
          items?: { key?: { value?: unknown; range?: [number, number, number] } }[];
        };
        const pair = parent.items?.find((it) => it.key?.value === path[n - 1]);
        if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
      }
    }
    return undefined;
  };
  const parsed = surveySchema.safeParse(doc.toJS());
  if (!parsed.success)
    throw new SurveyError(
      parsed.error.issues.map((issue) => {
        const line = lineOf(issue.path);
        return { file, ...(line ? { line } : {}), problem: zodMessage(issue) };
      }),
    );
  const issues = checkSurvey(parsed.data);
  if (issues.length > 0)
    throw new SurveyError(
      issues.map((issue) => {
        const line = lineOf(issue.path);
        return { file, ...(line ? { line } : {}), problem: issue.message };
      }),
    );
  return parsed.data;
}

export function readSurveyFile(file: string): Survey {
  return parseSurvey(readFileSync(file, 'utf8'), file);
}

export interface ShippedSurvey {
  readonly survey: Survey;
  /** The YAML as written (an officer's copy starts from it). */
  readonly source: string;
  readonly file: string;
}

/** Every survey of `surveys/` (a file per survey, named after its id). */
export function loadShippedSurveys(dir: string = DEFAULT_SURVEY_DIR): ReadonlyMap<string, ShippedSurvey> {
  const out = new Map<string, ShippedSurvey>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    const survey = parseSurvey(source, `surveys/${name}`);
    if (`${survey.id}.yaml` !== name)
      throw new SurveyError([
        {
          file: `surveys/${name}`,
          problem: `the file of survey "${survey.id}" must be named ${survey.id}.yaml`,
        },
      ]);
    out.set(survey.id, { survey, source, file });
  }
  return out;
}
