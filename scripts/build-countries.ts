/**
 * Writes data/reference/countries.csv from i18n-iso-countries (codes), ICU via Intl.DisplayNames
 * (Dutch names) and the hand-maintained tables below (name overrides, EU dates, groupings, Belgian
 * NIS nationality codes). Run: `npx tsx scripts/build-countries.ts`. Provenance: the README next to the CSV.
 */
import { writeFileSync } from 'node:fs';
import iso from 'i18n-iso-countries';

const OUT = new URL('../data/reference/countries.csv', import.meta.url);

/** Uninhabited entries of ISO 3166-1: never a nationality, left out. */
const EXCLUDED = new Set(['AQ', 'BV', 'GS', 'HM', 'IO', 'TF', 'UM']);

/** Reviewed Dutch names where ICU's nl-BE short name is not the one used in Flemish statistics. */
const NAME_OVERRIDES: Record<string, string> = {
  BS: "Bahama's",
  CD: 'Congo (Democratische Republiek)',
  CG: 'Congo (Republiek)',
  HK: 'Hongkong',
  MM: 'Myanmar',
  MO: 'Macau',
  NF: 'Norfolkeiland',
  XK: 'Kosovo',
};

/** Kosovo has no ISO code: XK is the user-assigned code used by the EU; XKX as in the Belgian source. */
const CODE_OVERRIDES: Record<string, { iso3: string; numeric: string }> = {
  XK: { iso3: 'XKX', numeric: '' },
};

/** Not ISO 3166-1: ICAO Doc 9303 nationality codes XXA/XXB/XXC/XXX with user-assigned alpha-2 codes. */
const PSEUDO = [
  { iso2: 'XA', iso3: 'XXA', name: 'Staatloos' },
  { iso2: 'XB', iso3: 'XXB', name: 'Erkend vluchteling' },
  { iso2: 'XC', iso3: 'XXC', name: 'Vluchteling (ander statuut)' },
  { iso2: 'XX', iso3: 'XXX', name: 'Onbekend' },
];

/** EU membership (first day, last day inclusive). */
const EU: Record<string, [string, string?]> = {};
const join = (codes: string, from: string, until?: string) => {
  for (const c of codes.split(' ')) EU[c] = [from, until];
};
join('BE DE FR IT LU NL', '1958-01-01');
join('DK IE', '1973-01-01');
join('GB', '1973-01-01', '2020-01-31');
join('GR', '1981-01-01');
join('ES PT', '1986-01-01');
join('AT FI SE', '1995-01-01');
join('CY CZ EE HU LT LV MT PL SI SK', '2004-05-01');
join('BG RO', '2007-01-01');
join('HR', '2013-07-01');

/** EEA members outside the EU, plus Switzerland (inburgering "EU+"). */
const EEA = new Set(['IS', 'LI', 'NO', 'CH']);

/** GSM/LIIM nationality groups as of today; the code derives the group at earlier dates. */
const GSM: Record<string, string> = {
  west_noord_eu15: 'BE NL FR DE LU IE AT DK SE FI',
  zuid_eu15: 'IT ES PT GR',
  eu13: 'EE LV LT PL CZ SK HU SI BG RO MT CY HR',
  europa_buiten_eu: 'AD AL BA BY CH GB GI IS LI MC MD ME MK NO RS RU SM UA VA XK AX FO GG IM JE SJ',
  maghreb_turkije: 'TR MA DZ TN LY MR',
};

/** MOE-landen: Central/Eastern European EU members (2004/2007/2013), other CEE and Balkan states, Turkey. */
const MOE = new Set('BG CZ EE HR HU LT LV PL RO SI SK AL BA BY MD ME MK RS RU UA XK TR'.split(' '));

/**
 * Belgian NIS nationality/territory codes by ISO alpha-2, transcribed from the federal authentic source
 * "Landencodes" as published in SKOS (GitHub belgif/vocab-belgif, prod/data/codelist/territory.nt,
 * commit 1a4681841dbb71dfc375c393f3b135bd51b1c675, "Production 2020-05-13"). The first code is the one
 * still valid with the earliest start; further codes are other codes of the same ISO entry.
 */
const NIS = `
AD:102 AE:260 AF:251 AG:403 AI:490 AL:101 AM:249 AO:341 AR:511 AS:690 AT:105 AU:611 AZ:250
BA:149 BB:423 BD:237 BE:150 BF:308 BG:106 BH:268 BI:303 BJ:310 BL:499 BM:485 BN:224 BO:512
BR:513 BS:425 BT:223 BW:302 BY:142 BZ:430 CA:401 CD:306 CF:305 CG:307 CH:127 CI:309 CK:605
CL:514 CM:304 CN:218|238 CO:515 CR:411 CU:412 CV:339 CY:107 CZ:140 DE:103 DJ:345 DK:108 DM:427
DO:420 DZ:351 EC:516 EE:136 EG:352 EH:388 ER:349 ES:109 ET:311 FI:110 FJ:617 FK:580 FM:602
FR:111 GA:312 GB:112 GD:426 GE:253 GF:581 GH:314 GI:180 GL:498 GM:313 GN:315 GP:496 GQ:337
GR:114 GT:413 GU:681 GW:338 GY:521 HK:234 HN:414 HR:146 HT:419 HU:115 ID:208 IE:116 IL:256
IN:207 IQ:254 IR:255 IS:117 IT:128 JM:415 JO:257 JP:209 KE:336 KG:226 KH:216 KI:607 KM:343
KN:431 KP:219 KR:206 KW:264 KY:492 KZ:225 LA:210 LB:258 LC:428 LI:118 LK:203 LR:318 LS:301
LT:137 LU:113 LV:135 LY:353 MA:354 MC:120 MD:144 ME:151 MG:324 MH:603 MK:154|148 ML:319 MM:201
MN:221 MO:231 MQ:497 MR:355 MS:493 MT:119 MU:317 MV:222 MW:358 MX:416 MY:212 MZ:340 NA:384
NC:683 NE:321 NG:322 NI:417 NL:129 NO:121 NP:213 NR:615 NU:604 NZ:613 OM:266 PA:418 PE:518
PF:684 PG:619 PH:214 PK:259 PL:122 PM:495 PN:692 PR:487 PS:273|271 PT:123 PW:679 PY:517 QA:267
RE:387 RO:124 RS:152 RU:145 RW:327 SA:252 SB:623 SC:342 SD:356 SE:126 SG:205 SH:389 SI:147
SK:141 SL:328 SM:125 SN:320 SO:329 SR:522 SS:365 ST:346 SV:421 SY:261 SZ:331|347 TC:488 TD:333
TG:334 TH:235 TJ:228 TK:686 TL:215 TM:229 TN:357 TO:616 TR:262 TT:422 TV:621 TW:204 TZ:332
UA:143 UG:323 US:402 UY:519 UZ:227 VA:133 VC:429 VE:520 VG:479 VI:478 VN:220 VU:624 WF:689
WS:606 XK:153 YE:270 ZA:325 ZM:335 ZW:344 XX:999`;

interface Row {
  iso2: string;
  iso3: string;
  numeric: string;
  name: string;
}

function isoRows(): Row[] {
  const names = new Intl.DisplayNames(['nl-BE'], { type: 'region' });
  return Object.keys(iso.getAlpha2Codes())
    .filter((a2) => !EXCLUDED.has(a2))
    .map((a2) => {
      const codes = CODE_OVERRIDES[a2] ?? {
        iso3: iso.alpha2ToAlpha3(a2) ?? '',
        numeric: iso.alpha2ToNumeric(a2) ?? '',
      };
      return { iso2: a2, ...codes, name: NAME_OVERRIDES[a2] ?? names.of(a2) ?? '' };
    })
    .sort((a, b) => a.iso2.localeCompare(b.iso2));
}

function groupOf(iso2: string): string {
  for (const [group, codes] of Object.entries(GSM)) if (codes.split(' ').includes(iso2)) return group;
  return 'andere';
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function build(): string {
  const rows = [...isoRows(), ...PSEUDO.map((p) => ({ ...p, numeric: '' }))];
  const known = new Set(rows.map((r) => r.iso2));
  const nis = new Map(
    NIS.trim()
      .split(/\s+/)
      .map((t) => t.split(':') as [string, string]),
  );
  const listed = [
    ...Object.keys(EU),
    ...EEA,
    ...MOE,
    ...nis.keys(),
    ...Object.values(GSM).join(' ').split(' '),
  ];
  const unknown = listed.filter((c) => !known.has(c));
  if (unknown.length > 0) throw new Error(`codes in the tables but not in the rows: ${unknown.join(' ')}`);
  if (Object.keys(EU).length !== 28) throw new Error('expected 27 EU members + the United Kingdom');
  const header = 'iso2,iso3,iso_numeric,nis_code,name_nl,eu_from,eu_until,eea,gsm_group,moe';
  const lines = rows.map((r) => {
    const [from, until] = EU[r.iso2] ?? ['', ''];
    if (!r.name || !r.iso3) throw new Error(`no name or alpha-3 for ${r.iso2}`);
    const fields = [r.iso2, r.iso3, r.numeric, nis.get(r.iso2) ?? '', r.name, from, until ?? ''];
    return [...fields, String(EEA.has(r.iso2)), groupOf(r.iso2), String(MOE.has(r.iso2))]
      .map(csvField)
      .join(',');
  });
  return `${[header, ...lines].join('\n')}\n`;
}

const csv = build();
writeFileSync(OUT, csv);
console.log(`wrote ${csv.split('\n').length - 2} countries to ${OUT.pathname}`);
