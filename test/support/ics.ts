/** Reads the first VEVENT of an .ics text (and METHOD) into name → value, unfolding folded lines. */
export function parseIcs(text: string): Record<string, string> {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  if (lines[0] !== 'BEGIN:VCALENDAR') throw new Error(`not a calendar: ${text.slice(0, 40)}`);
  const fields: Record<string, string> = {};
  let inEvent = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') break;
    const at = line.indexOf(':');
    if (at < 0) continue;
    const name = line.slice(0, at).split(';')[0] as string;
    if (name === 'METHOD' || (inEvent && !(name in fields))) fields[name] = line.slice(at + 1);
  }
  return fields;
}
