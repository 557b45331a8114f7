/**
 * Which municipalities attract which nationalities: a reasonable, not exact, picture of Flanders.
 * Dutch near the border, Moroccans and Turks in the (former mining) cities, EU-13 workers in agricultural
 * and port areas, French and expats around Brussels, students in university towns, and people in
 * international protection near reception centres (a random set per seed, as the real set changes).
 */
import type { CountryTag } from './country-specs.js';
import type { Municipality } from './municipalities.js';
import { type Rng, rngFor } from './random.js';

type Factors = Partial<Record<CountryTag | string, number>>;

const BY_ARRONDISSEMENT: Readonly<Record<string, Factors>> = {
  '13000': { nl: 3 }, // Turnhout: Dutch border
  '72000': { nl: 3 }, // Maaseik: Dutch border
  '73000': { nl: 1.5 },
  '11000': { eu13: 1.4 }, // Antwerpen: port and horticulture
  '23000': { france: 2, south: 1.5, ROU: 2, MAR: 1.3 }, // Halle-Vilvoorde: Brussels periphery
  '24000': { nl: 0.5, expat: 1.3 },
  '31000': { nl: 1 },
  '32000': { eu13: 1.8, nl: 0.4 }, // West-Flemish agriculture and food industry
  '33000': { eu13: 1.8, france: 3, nl: 0.4 },
  '34000': { eu13: 1.5, france: 2.5, nl: 0.4 },
  '35000': { nl: 0.6 },
  '36000': { eu13: 2, nl: 0.4 },
  '37000': { eu13: 2, nl: 0.4 },
  '38000': { eu13: 1.3, france: 2, nl: 0.5 },
  '41000': { nl: 0.5 },
  '43000': { eu13: 1.5, nl: 1.5 },
  '44000': { eu13: 1.5, BGR: 1.5 },
  '45000': { france: 2, nl: 0.5 },
};

const BY_MUNICIPALITY: Readonly<Record<string, Factors>> = {
  // Dutch border
  '11009': { nl: 4 },
  '11016': { nl: 8 },
  '11022': { nl: 8 },
  '11023': { nl: 5 },
  '11044': { nl: 5 },
  '11053': { nl: 7 },
  '13001': { nl: 2 },
  '13002': { nl: 25 },
  '13014': { nl: 3 },
  '13023': { nl: 2 },
  '13035': { nl: 3 },
  '13037': { nl: 2 },
  '72003': { nl: 2 },
  '72004': { nl: 2 },
  '72018': { nl: 3 },
  '72020': { nl: 2 },
  '72021': { nl: 3 },
  '72037': { nl: 3 },
  '72041': { nl: 2 },
  '72043': { nl: 2 },
  '73042': { nl: 8 },
  '73066': { nl: 5 },
  '73109': { nl: 6 },
  '43002': { nl: 5 },
  '43007': { nl: 3 },
  '43010': { nl: 2 },
  '43014': { nl: 5 },
  '43018': { nl: 4, tur: 2 },
  '44045': { nl: 3 },
  '46003': { nl: 1.5 },
  '46020': { nl: 4 },
  '46024': { nl: 3 },
  '31006': { nl: 3 },
  '31043': { nl: 4 },
  // Cities with large Moroccan and Turkish communities, and the former mining towns of Limburg
  '11002': { maghreb: 6, tur: 1.5, POL: 2, south: 1.5, BGR: 1.5, expat: 1.5, student: 2 },
  '11005': { maghreb: 3 },
  '12025': { maghreb: 4, asylum: 1.5 },
  '12040': { maghreb: 2 },
  '13040': { maghreb: 1.5 },
  '23047': { maghreb: 2, ROU: 1.5 },
  '23088': { maghreb: 4, ITA: 1.5, ROU: 1.5 },
  '23094': { maghreb: 1.5, expat: 2 },
  '24062': { maghreb: 1.5, student: 6, expat: 2 },
  '41002': { maghreb: 1.5, tur: 1.5 },
  '44021': { maghreb: 1.5, tur: 4, BGR: 3, SVK: 3, student: 3, expat: 1.5, asylum: 1.5 },
  '45041': { maghreb: 2 },
  '46014': { maghreb: 1.5 },
  '46021': { maghreb: 3, tur: 1.5 },
  '71004': { maghreb: 1.5, tur: 4, south: 3 },
  '71011': { student: 3 },
  '71016': { maghreb: 2, tur: 5, south: 4 },
  '71022': { tur: 1.5, student: 1.5 },
  '71034': { south: 1.5 },
  '71070': { maghreb: 1.5, tur: 4, south: 3 },
  '72039': { maghreb: 2, tur: 4, south: 3 },
  '73107': { maghreb: 2, tur: 3, south: 4, nl: 4 },
  '34022': { student: 1.5 },
  '35013': { asylum: 1.5 },
  // Fruit growing (Haspengouw)
  '71053': { eu13: 3 },
  '73009': { eu13: 2.5 },
  '71017': { eu13: 2 },
  '24059': { eu13: 1.5 },
  // Brussels periphery with many EU and international residents
  '23016': { expat: 1.5 },
  '23033': { expat: 3, france: 2 },
  '23050': { expat: 2 },
  '23062': { expat: 4, france: 2 },
  '23098': { expat: 5, france: 4 },
  '23099': { expat: 5, france: 4 },
  '23100': { expat: 5, france: 4 },
  '23101': { expat: 5, france: 4 },
  '23102': { expat: 5, france: 4 },
  '23103': { expat: 5, france: 4 },
  '24104': { expat: 6, france: 2 },
  '24009': { expat: 2, student: 2 },
  '24038': { student: 2 },
  '24055': { expat: 1.5, student: 2 },
  '24066': { student: 2 },
  '24086': { expat: 2, student: 2 },
};

/** Number of municipalities with a (demonstration) reception centre for applicants of international protection. */
const RECEPTION_CENTRES = 45;

export interface MunicipalityProfile {
  /** Multiplier for a country in this municipality (tag and country factors; no noise). */
  factor(tag: CountryTag, iso3: string): number;
  readonly receptionCentre: boolean;
  /** A larger city: more diversity of origin, more social housing, more unemployment. */
  readonly urban: number;
}

export function municipalityProfiles(
  seed: number,
  municipalities: readonly Municipality[],
  population: readonly number[],
): MunicipalityProfile[] {
  const centres = pickReceptionCentres(rngFor(seed, 'reception-centres'), population);
  return municipalities.map((m, i) => {
    const own = BY_MUNICIPALITY[m.nis] ?? {};
    const arr = BY_ARRONDISSEMENT[m.arrondissement] ?? {};
    const pop = population[i] ?? 0;
    // 0 for a village, about 1 for a regional city, up to ~2.3 for Antwerpen.
    const urban = Math.max(0, Math.log10(Math.max(pop, 1) / 20_000)) * 1.6;
    const centre = centres.has(i);
    return {
      receptionCentre: centre,
      urban,
      factor(tag, iso3) {
        let f = (own[tag] ?? 1) * (arr[tag] ?? 1) * (own[iso3] ?? 1) * (arr[iso3] ?? 1);
        if (tag === 'asylum') f *= (centre ? 1.8 : 1) * (1 + 0.25 * urban);
        if (tag === 'other' || tag === 'student') f *= 1 + 0.5 * urban;
        return f;
      },
    };
  });
}

/** Drawn with probability growing with size: centres sit in larger municipalities more often. */
function pickReceptionCentres(rng: Rng, population: readonly number[]): Set<number> {
  const chosen = new Set<number>();
  const weights = population.map((p) => Math.sqrt(Math.max(p, 0)));
  const total = weights.reduce((a, b) => a + b, 0);
  while (chosen.size < Math.min(RECEPTION_CENTRES, population.length)) {
    let x = rng() * total;
    let i = 0;
    for (; i < weights.length - 1; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) break;
    }
    chosen.add(i);
  }
  return chosen;
}
