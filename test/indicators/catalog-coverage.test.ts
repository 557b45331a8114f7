/**
 * The figures template covers every indicator the issue lists (the inventory of the best Flemish
 * integration monitors, ../shared/docs/INDICATORS.md). Each checklist line names the catalog
 * indicator(s) that answer it; the test fails when one is missing or mis-specified.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { IndicatorSpec } from '../../src/indicators/catalog-schema.js';

const catalog = loadCatalog();

type Check = (i: IndicatorSpec) => boolean;
const on =
  (dataset: string): Check =>
  (i) =>
    i.numerator.dataset === dataset;
const unit =
  (u: IndicatorSpec['unit']): Check =>
  (i) =>
    i.unit === u;
const by =
  (what: string): Check =>
  (i) => {
    const b = i.breakdown;
    if (!b) return false;
    if ('grouping' in b) return b.grouping === what;
    return b.dimension === what || ('classification' in b && b.classification === what);
  };
const all =
  (...checks: Check[]): Check =>
  (i) =>
    checks.every((c) => c(i));

// The list as data: checklist item → [indicator id, expectations].
const ITEMS: [string, string, Check][] = [
  ['Nationaliteit: vreemdelingen (count, share)', 'niet_belgen', all(on('bevolking'), unit('percent'))],
  ['Nationaliteit: vreemdelingen by sex', 'niet_belgen_naar_geslacht', by('sex')],
  ['Nationaliteit: vreemdelingen by age group', 'niet_belgen_naar_leeftijdsgroep', by('age_broad')],
  [
    'Nationaliteit: by nationality, top 5',
    'niet_belgen_top5_nationaliteiten',
    all(
      on('nationaliteit'),
      by('countries'),
      (i) => !!i.breakdown && 'top' in i.breakdown && i.breakdown.top === 5,
    ),
  ],
  [
    'Nationaliteit: by nationality, full list',
    'niet_belgen_naar_nationaliteit',
    all(on('nationaliteit'), by('countries')),
  ],
  [
    'Nationaliteit: nationality group (GSM) and its detail',
    'niet_belgen_naar_nationaliteitsgroep',
    by('gsm_group'),
  ],
  ['Nationaliteit: EU / niet-EU', 'niet_belgen_eu_niet_eu', by('eu')],
  ['Nationaliteit: MOE-landen', 'niet_belgen_moe_landen', by('moe')],
  ['Nationaliteit: number of distinct foreign nationalities', 'vreemde_nationaliteiten', unit('distinct')],
  ['Herkomst: Statbel three groups', 'herkomst_statbel_groepen', by('herkomst_statbel')],
  ['Herkomst: persons of foreign origin', 'buitenlandse_herkomst', all(on('herkomst'), unit('percent'))],
  ['Herkomst: foreign origin by sex', 'buitenlandse_herkomst_naar_geslacht', by('geslacht')],
  [
    'Herkomst: foreign origin by age group',
    'buitenlandse_herkomst_naar_leeftijdsgroep',
    by('leeftijdsgroep'),
  ],
  ['Herkomst: origin group EU / niet-EU', 'buitenlandse_herkomst_eu_niet_eu', by('eu')],
  ['Herkomst: origin group detail', 'buitenlandse_herkomst_naar_herkomstgroep', by('gsm_group')],
  ['Herkomst: origin countries', 'buitenlandse_herkomst_top10_landen', by('countries')],
  [
    'Herkomst: nationality history',
    'buitenlandse_herkomst_naar_nationaliteitshistoriek',
    by('herkomstgroep'),
  ],
  [
    'Herkomst: excluding Dutch origin',
    'buitenlandse_herkomst_zonder_nederlandse',
    (i) => JSON.stringify(i.numerator.filter).includes('NLD'),
  ],
  [
    'Migratie: internal in-migration of foreigners per 1,000',
    'interne_inwijking_vreemdelingen',
    unit('per_1000'),
  ],
  ['Migratie: internal out-migration per 1,000', 'interne_uitwijking_vreemdelingen', unit('per_1000')],
  ['Migratie: external in-migration per 1,000', 'externe_inwijking_vreemdelingen', unit('per_1000')],
  ['Migratie: external out-migration per 1,000', 'externe_uitwijking_vreemdelingen', unit('per_1000')],
  [
    'Migratie: migration balance per 1,000',
    'migratiesaldo_vreemdelingen',
    all(unit('per_1000'), (i) => !!i.numerator.minus),
  ],
  [
    'Instroom: adult newcomers per 1,000 inhabitants',
    'nieuwkomers_per_1000',
    all(unit('per_1000'), (i) => i.periodicity === 'year'),
  ],
  ['Instroom: newcomers by target group', 'nieuwkomers_naar_doelgroep', by('doelgroep')],
  ['Instroom: newcomers by sex', 'nieuwkomers_naar_geslacht', by('geslacht')],
  ['Instroom: newcomers by age', 'nieuwkomers_naar_leeftijdsgroep', by('leeftijdsgroep')],
  ['Instroom: newcomers by nationality group', 'nieuwkomers_naar_nationaliteitsgroep', by('gsm_group')],
  ['Instroom: newcomers by status', 'nieuwkomers_naar_statuut', by('statuut')],
  ['Instroom: newcomers by quarter', 'nieuwkomers_per_kwartaal', (i) => i.periodicity === 'period'],
  ['Inburgering: registered per 10,000', 'inburgeraars_aangemeld_per_10000', unit('per_10000')],
  ['Inburgering: with a trajectory/contract per 10,000', 'inburgeraars_traject_per_10000', unit('per_10000')],
  ['Inburgering: with an attest per 10,000', 'inburgeraars_attest_per_10000', unit('per_10000')],
  [
    'Inburgering: registered by target group (obliged vs voluntary)',
    'inburgeraars_aangemeld_naar_doelgroep',
    by('doelgroep'),
  ],
  ['Inburgering: trajectory by target group', 'inburgeraars_traject_naar_doelgroep', by('doelgroep')],
  ['Inburgering: attest by target group', 'inburgeraars_attest_naar_doelgroep', by('doelgroep')],
  [
    'Inburgering: registered by nationality group (NL / EU+ / derdelanders)',
    'inburgeraars_aangemeld_naar_nationaliteitsgroep',
    by('inburgering'),
  ],
  [
    'Inburgering: trajectory by nationality group',
    'inburgeraars_traject_naar_nationaliteitsgroep',
    by('inburgering'),
  ],
  [
    'Inburgering: attest by nationality group',
    'inburgeraars_attest_naar_nationaliteitsgroep',
    by('inburgering'),
  ],
  ['Inburgering: by quarter', 'inburgeraars_aangemeld_per_kwartaal', (i) => i.periodicity === 'period'],
  ['Inburgering: Dutch-as-a-second-language courses', 'nt2_cursisten', on('nt2')],
  ['Taal: kleuter pupils with another home language', 'kleuters_thuistaal_niet_nederlands', on('thuistaal')],
  ['Taal: lager pupils with another home language', 'lager_thuistaal_niet_nederlands', on('thuistaal')],
  [
    'Taal: secundair pupils with another home language',
    'secundair_thuistaal_niet_nederlands',
    on('thuistaal'),
  ],
  ['Taal: OKAN pupils', 'okan_leerlingen', on('thuistaal')],
  ['Sociale positie: employment rate by origin', 'werkzaamheidsgraad_naar_herkomst', by('herkomst')],
  ['Sociale positie: employment rate gap', 'werkzaamheidsgraad_herkomstkloof', unit('percentage_points')],
  ['Sociale positie: unemployment rate by origin', 'werkloosheidsgraad_naar_herkomst', by('herkomst')],
  ['Sociale positie: unemployment rate gap', 'werkloosheidsgraad_herkomstkloof', unit('percentage_points')],
  ['Sociale positie: jobseekers by origin', 'werkzoekenden_naar_herkomst', on('werkzoekenden')],
  ['Sociale positie: (equivalent) leefloon by origin', 'leefloon_naar_herkomst', on('leefloon')],
  [
    'Sociale positie: social-housing tenants by nationality',
    'sociale_huurders_naar_nationaliteit',
    on('sociale_huur'),
  ],
  [
    'Sociale positie: kansarmoede-index by origin of the mother',
    'kansarmoede_naar_herkomst_moeder',
    on('kansarmoede'),
  ],
];

describe('the figures template covers the checklist', () => {
  for (const [item, id, check] of ITEMS) {
    it(item, () => {
      const spec = catalog.indicator(id);
      expect(spec, `missing indicator ${id}`).toBeDefined();
      expect(check(spec as IndicatorSpec)).toBe(true);
    });
  }
});
