/**
 * The report's survey chapter per municipality, kept 30 seconds (the report page asks on every
 * request; a choice saved on this node shows at once, on another node within 30 s).
 */
import type { ExtraChapter } from '../render/html/report/view.js';
import { SURVEY_CHAPTER_ID, SURVEY_CHAPTER_TITLE, surveyChapterHtml } from './report-chapter.js';
import type { Surveys } from './service.js';

const TTL_MS = 30_000;

export function surveyChapters(surveys: Surveys): (nis: string) => Promise<readonly ExtraChapter[]> {
  const cache = new Map<
    string,
    { at: number; version: number; chapters: Promise<readonly ExtraChapter[]> }
  >();
  return (nis) => {
    const now = Date.now();
    const hit = cache.get(nis);
    if (hit && hit.version === surveys.reportVersion && now - hit.at < TTL_MS) return hit.chapters;
    const chapters = surveyChapterHtml(surveys, nis).then((html) =>
      html ? [{ id: SURVEY_CHAPTER_ID, title: SURVEY_CHAPTER_TITLE, html }] : [],
    );
    chapters.catch(() => cache.delete(nis));
    cache.set(nis, { at: now, version: surveys.reportVersion, chapters });
    if (cache.size > 1000) cache.delete(cache.keys().next().value as string);
    return chapters;
  };
}
