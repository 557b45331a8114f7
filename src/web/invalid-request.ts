/** The Dutch message of a request that failed validation, naming the fields that are wrong. */

/** "Ongeldige vraag: de waarde van "indeling" klopt niet." in Dutch, the validator's English after it. */
export function invalidRequestMessage(issues: readonly { instancePath?: string }[], detail: string): string {
  const fields = [...new Set(issues.map((i) => (i.instancePath ?? '').replace(/^\//, '').split('/')[0]))]
    .filter((f) => f !== undefined && f !== '')
    .map((f) => `"${f}"`);
  const what =
    fields.length === 0
      ? 'de vraag klopt niet'
      : fields.length > 1
        ? `de waarden van ${fields.join(' en ')} kloppen niet`
        : `de waarde van ${fields[0]} klopt niet`;
  return `Ongeldige vraag: ${what}. (${detail})`;
}

/** The same in English, for API clients that ask for it (Accept-Language). */
export function invalidRequestMessageEn(
  issues: readonly { instancePath?: string }[],
  detail: string,
): string {
  const fields = [...new Set(issues.map((i) => (i.instancePath ?? '').replace(/^\//, '').split('/')[0]))]
    .filter((f) => f !== undefined && f !== '')
    .map((f) => `"${f}"`);
  const what =
    fields.length === 0
      ? 'the request is not right'
      : fields.length > 1
        ? `the values of ${fields.join(' and ')} are not right`
        : `the value of ${fields[0]} is not right`;
  return `Invalid request: ${what}. (${detail})`;
}
