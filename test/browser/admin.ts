/**
 * The browser suite's administrator: made by `user add` before the server starts (playwright.config.ts).
 * The first spec to sign in sets the password from the one-time link; later ones sign in with it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export const ADMIN_PASSWORD = 'een browser beheert de data';

export function adminEmail(): string {
  return readFileSync('var-browser-test/admin-email.txt', 'utf8').trim();
}

export async function signInAsAdministrator(page: Page): Promise<void> {
  const link = new URL(readFileSync('var-browser-test/admin-link.txt', 'utf8').trim());
  await page.goto(`/wachtwoord-instellen${link.search}`);
  const repeat = page.getByLabel('Herhaal het wachtwoord');
  if (await repeat.isVisible()) {
    await page.getByLabel('Wachtwoord', { exact: true }).fill(ADMIN_PASSWORD);
    await repeat.fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/wachtwoord-instellen'));
    return;
  }
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(adminEmail());
  await page.getByLabel('Wachtwoord', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
}
