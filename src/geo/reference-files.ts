/** Reads the reference tables of `data/reference/` into typed rows; no cross-table checks here. */
import { join } from 'node:path';
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import { readCsvTable } from './csv.js';
import { boolField, countField, nisField, textField } from './fields.js';
import type { CrosswalkEntry } from './types.js';

export interface MunicipalityRow {
  nis: NisCode;
  name: string;
  /** Empty for codes created on 1 January 2025. */
  statbelName: string;
  nameFr: string;
  arrondissement: NisCode;
  province: NisCode;
  region: NisCode;
}

/** An arrondissement, province or region with its declared municipality counts per division. */
export interface UnitRow {
  nis: NisCode;
  name: string;
  nameFr?: string;
  /** Province of an arrondissement, region of a province. */
  parent?: NisCode;
  counts: Record<Division, number>;
}

export interface ReferenceTables {
  municipalities: Record<Division, MunicipalityRow[]>;
  arrondissements: UnitRow[];
  provinces: UnitRow[];
  regions: UnitRow[];
  crosswalk: CrosswalkEntry[];
}

/** Folder of `data/` that holds the tables below. */
export const REFERENCE_SUBDIR = 'reference';

export const REFERENCE_FILES = {
  municipalities2024: 'municipalities_2019_2024.csv',
  municipalities2025: 'municipalities_2025.csv',
  crosswalk: 'municipality_crosswalk_2024_2025.csv',
  arrondissements: 'arrondissements.csv',
  provinces: 'provinces.csv',
  regions: 'regions.csv',
  refnis: 'statbel_TU_COM_REFNIS_2022-03.txt',
} as const;

const MUNICIPALITY_COLUMNS = [
  'nis_code',
  'name_nl',
  'name_nl_statbel',
  'name_fr',
  'arrondissement_nis',
  'province_nis',
  'region_nis',
];

function readMunicipalities(file: string): MunicipalityRow[] {
  return readCsvTable(file, MUNICIPALITY_COLUMNS).records.map((r) => ({
    nis: nisField(r, 'nis_code'),
    name: textField(r, 'name_nl'),
    statbelName: textField(r, 'name_nl_statbel', true),
    nameFr: textField(r, 'name_fr', true),
    arrondissement: nisField(r, 'arrondissement_nis'),
    province: nisField(r, 'province_nis'),
    region: nisField(r, 'region_nis'),
  }));
}

function readUnits(file: string, codeColumn: string, parentColumn?: string): UnitRow[] {
  const counts = ['n_municipalities_2019_2024', 'n_municipalities_2025'];
  const required = [codeColumn, 'name_nl', ...counts, ...(parentColumn ? [parentColumn] : [])];
  const table = readCsvTable(file, required);
  const hasFr = table.header.includes('name_fr');
  return table.records.map((r) => ({
    nis: nisField(r, codeColumn),
    name: textField(r, 'name_nl'),
    ...(hasFr && r.get('name_fr') !== '' ? { nameFr: r.get('name_fr') } : {}),
    ...(parentColumn ? { parent: nisField(r, parentColumn) } : {}),
    counts: {
      '2019-2024': countField(r, 'n_municipalities_2019_2024'),
      '2025': countField(r, 'n_municipalities_2025'),
    },
  }));
}

function readCrosswalk(file: string): CrosswalkEntry[] {
  const columns = [
    'nis_2024',
    'name_2024',
    'province_nis_2024',
    'nis_2025',
    'name_2025',
    'province_nis_2025',
    'merged_2025',
    'code_changed',
  ];
  return readCsvTable(file, columns).records.map((r) => ({
    nis2024: nisField(r, 'nis_2024'),
    name2024: textField(r, 'name_2024'),
    province2024: nisField(r, 'province_nis_2024'),
    nis2025: nisField(r, 'nis_2025'),
    name2025: textField(r, 'name_2025'),
    province2025: nisField(r, 'province_nis_2025'),
    merged: boolField(r, 'merged_2025'),
    codeChanged: boolField(r, 'code_changed'),
  }));
}

export function readReferenceTables(referenceDir: string): ReferenceTables {
  const at = (name: string) => join(referenceDir, name);
  return {
    municipalities: {
      '2019-2024': readMunicipalities(at(REFERENCE_FILES.municipalities2024)),
      '2025': readMunicipalities(at(REFERENCE_FILES.municipalities2025)),
    },
    arrondissements: readUnits(at(REFERENCE_FILES.arrondissements), 'arrondissement_nis', 'province_nis'),
    provinces: readUnits(at(REFERENCE_FILES.provinces), 'province_nis', 'region_nis'),
    regions: readUnits(at(REFERENCE_FILES.regions), 'region_nis'),
    crosswalk: readCrosswalk(at(REFERENCE_FILES.crosswalk)),
  };
}
