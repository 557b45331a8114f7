/**
 * A dataset is what an indicator counts in: Statbel's population file, or one data contract.
 * Its dimensions name the columns facts are broken down by.
 */
import type { PeriodType } from '../domain/period.js';
import type { Contract } from '../sources/contracts/contract-schema.js';

export interface DatasetCode {
  readonly code: string;
  readonly label: string;
}

export interface DatasetDimension {
  readonly name: string;
  readonly title: string;
  /** code: a closed list; country: ISO alpha-3 codes; age: whole years 0–120. */
  readonly kind: 'code' | 'country' | 'age';
  readonly codes?: readonly DatasetCode[];
}

export interface Dataset {
  readonly id: string;
  readonly title: string;
  readonly holder: string;
  readonly unit: string;
  readonly periodType: PeriodType;
  readonly dimensions: readonly DatasetDimension[];
  /** Smallest count that may be shown (1: the source publishes single persons). */
  readonly disclosureThreshold: number;
  readonly openData: boolean;
}

export const POPULATION_DATASET_ID = 'bevolking';

/** Statbel TF_SOC_POP_STRUCT: open data, published by Statbel down to single persons. */
export const POPULATION_DATASET: Dataset = {
  id: POPULATION_DATASET_ID,
  title: 'Bevolking naar woonplaats, nationaliteit, burgerlijke staat, leeftijd en geslacht',
  holder: 'Statbel (Algemene Directie Statistiek – Statistics Belgium)',
  unit: 'personen',
  periodType: 'date',
  dimensions: [
    {
      name: 'geslacht',
      title: 'Geslacht',
      kind: 'code',
      codes: [
        { code: 'M', label: 'Mannen' },
        { code: 'F', label: 'Vrouwen' },
      ],
    },
    {
      name: 'nationaliteit',
      title: 'Nationaliteit',
      kind: 'code',
      codes: [
        { code: 'BEL', label: 'Belgen' },
        { code: 'ETR', label: 'niet-Belgen' },
      ],
    },
    { name: 'leeftijd', title: 'Leeftijd', kind: 'age' },
  ],
  disclosureThreshold: 1,
  openData: true,
};

export function datasetFromContract(contract: Contract): Dataset {
  return {
    id: contract.id,
    title: contract.title,
    holder: contract.holder,
    unit: contract.unit,
    periodType: contract.period.type,
    dimensions: contract.dimensions.map((d) =>
      d.type === 'code'
        ? {
            name: d.name,
            title: d.title,
            kind: 'code',
            codes: d.codes.map((c) => ({ code: c.code, label: c.label })),
          }
        : { name: d.name, title: d.title, kind: 'country' },
    ),
    disclosureThreshold: contract.disclosureThreshold,
    openData: false,
  };
}
