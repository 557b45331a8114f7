/** Per contract with dated periods: the day of the year its stock figures describe ('01-01', '12-31'). */
import { loadContracts } from './load-contracts.js';

export function contractDays(): Map<string, string> {
  const days = new Map<string, string>();
  for (const c of loadContracts().values())
    if (c.period.type === 'date' && c.period.day) days.set(c.id, c.period.day);
  return days;
}
