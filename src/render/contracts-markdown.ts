/** docs/data-contracts.md, generated from catalog/contracts/*.yaml so the documentation stays true. */
import type { Contract } from '../sources/contracts/contract-schema.js';

const PERIOD_TEXT = {
  date: (day?: string) =>
    `datum \`YYYY-MM-DD\`${day ? `, altijd ${day === '01-01' ? '1 januari' : day === '12-31' ? '31 december' : day}` : ''} (een toestand op die dag)`,
  year: () => 'jaar `YYYY` (een stroom in de loop van het kalenderjaar)',
  quarter: () => 'kwartaal `YYYY-Qn`, n = 1–4 (jaarcijfers zijn de som van de vier kwartalen)',
  school_year: () => 'schooljaar `YYYY-YYYY`, bv. `2023-2024`',
} as const;

const INTRO = `# Datacontracten

Voor deze thema's bestaat geen open bestand per gemeente. De gegevens komen van AgII en partners; dit
document zegt precies welk bestand de software aanvaardt. De contracten zelf staan als data in
\`catalog/contracts/*.yaml\`; dit document is daaruit gemaakt (\`npm run cli -- contracts --format md\`).

## Voor elk contract

- **Formaat**: CSV (UTF-8, met of zonder BOM; scheidingsteken \`,\` of \`;\`; velden mogen tussen
  aanhalingstekens) of een Excel-bestand (\`.xlsx\`) met dezelfde kolommen op een blad met de naam van het
  contract (anders het eerste blad). Eén rij per gemeente, periode en combinatie van codes ("tidy", lang formaat).
- **Kopregel**: precies de kolommen hieronder (hoofdletters maken niet uit); een extra kolom \`opmerking\` mag
  en wordt genegeerd; andere kolommen zijn een fout.
- **Gemeente**: de NIS-code met 5 cijfers van een Vlaamse gemeente, van de indeling 2019–2024 óf 2025 (niet
  beide binnen één periode). Cijfers op de oude indeling worden via de fusietabel ook op de indeling 2025 getoond.
- **Landen**: ISO 3166-1 alpha-2 (\`MA\`), alpha-3 (\`MAR\`) of de Belgische NIS-landcode (\`354\`); getoond met de
  Nederlandse naam.
- **Aantallen**: gehele getallen ≥ 0, zonder scheidingstekens. Rijen met 0 mogen wegblijven binnen een gemeente
  en periode die wel rijen heeft.
- **Volledige levering**: elke Vlaamse gemeente van de indeling staat in elke periode van het bestand met minstens
  één rij; een gemeente die niemand telt, schrijft één rij met 0. Een gemeente zonder rij in een periode is
  voor die periode *niet beschikbaar* (nooit 0), net als de provincie en het gewest waar ze bij hoort; het
  inlezen somt per periode op welke gemeenten ontbreken.
- **Voorlopig**: waar een kolom \`voorlopig\` bestaat: \`ja\`/\`nee\` (ook \`true\`/\`false\`, \`1\`/\`0\`; leeg = nee).
- **Dubbele rijen** (zelfde gemeente, periode en codes) zijn een fout.
- **Inlezen**: \`npm run cli -- import BESTAND [--contract ID]\` (zonder \`--contract\` uit de bestandsnaam).
  Een fout noemt bestand, regel, kolom en wat verwacht werd; de vorige datarelease blijft dan ongewijzigd.
  Opnieuw hetzelfde bestand inlezen verandert niets; een bestand met dezelfde perioden vervangt die perioden.
- **Kleine aantallen**: per contract een drempel; kleinere aantallen, en wat ze zou verraden, worden niet getoond.
- **Demo**: bestanden waarvan de naam met \`DEMO-\` begint, zijn gegenereerde demonstratiedata en worden overal zo gemarkeerd.
`;

export function renderContractsMarkdown(contracts: Iterable<Contract>): string {
  const parts = [INTRO];
  for (const c of contracts) {
    const period = c.period.type === 'date' ? PERIOD_TEXT.date(c.period.day) : PERIOD_TEXT[c.period.type]();
    const rows = [
      `| \`${c.areaColumn}\` | NIS-code van de gemeente |`,
      `| \`${c.period.column}\` | ${period} |`,
      ...c.dimensions.map((d) =>
        d.type === 'country'
          ? `| \`${d.name}\` | ${d.title}: landcode (ISO alpha-2, alpha-3 of NIS) |`
          : `| \`${d.name}\` | ${d.title}: ${d.codes.map((x) => `\`${x.code}\` ${x.label}${x.aliases?.length ? ` (ook ${x.aliases.map((a) => `\`${a}\``).join(', ')})` : ''}`).join('; ')} |`,
      ),
      `| \`${c.countColumn}\` | aantal ${c.unit} (geheel getal ≥ 0) |`,
      ...(c.provisionalColumn
        ? [`| \`${c.provisionalColumn}\` | voorlopig cijfer: \`ja\` of \`nee\` |`]
        : []),
    ];
    parts.push(
      `## ${c.title} (\`${c.id}\`)`,
      '',
      c.description,
      '',
      `Aanleverende dienst: ${c.holder}. Drempel kleine aantallen: ${c.disclosureThreshold}. Voorbeeld: \`data/samples/contracts/${c.sample}\` (en \`.xlsx\`).`,
      '',
      '| kolom | inhoud |',
      '|---|---|',
      ...rows,
      '',
    );
  }
  return `${parts.join('\n')}\n`;
}
