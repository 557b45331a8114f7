/** Errors of the security plugins as Dutch pages: a missing or wrong CSRF token, too many requests. */
import type { VNode } from 'preact';
import { ExpiredFormPage, TooManyPage } from './pages.js';

export function securityErrorPage(err: {
  code?: string;
  statusCode?: number;
}): { status: number; page: VNode } | undefined {
  if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET')
    return { status: 403, page: ExpiredFormPage() };
  if (err.statusCode === 429) return { status: 429, page: TooManyPage() };
  return undefined;
}
