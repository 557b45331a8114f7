/** Column-wise storage for parsed rows: typed arrays that double when full (12 bytes per row). */

export interface PopulationColumns {
  nis: Int32Array;
  sex: Uint8Array;
  nationality: Uint8Array;
  civilStatus: Uint8Array;
  age: Uint8Array;
  population: Int32Array;
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

export class ColumnBuilder {
  length = 0;
  private capacity: number;
  private cols: PopulationColumns;

  constructor(initialCapacity = 1 << 16) {
    this.capacity = initialCapacity;
    this.cols = {
      nis: new Int32Array(initialCapacity),
      sex: new Uint8Array(initialCapacity),
      nationality: new Uint8Array(initialCapacity),
      civilStatus: new Uint8Array(initialCapacity),
      age: new Uint8Array(initialCapacity),
      population: new Int32Array(initialCapacity),
    };
  }

  push(
    nis: number,
    sex: number,
    nationality: number,
    civilStatus: number,
    age: number,
    population: number,
  ): void {
    if (this.length === this.capacity) this.double();
    const i = this.length++;
    const c = this.cols;
    c.nis[i] = nis;
    c.sex[i] = sex;
    c.nationality[i] = nationality;
    c.civilStatus[i] = civilStatus;
    c.age[i] = age;
    c.population[i] = population;
  }

  private double(): void {
    this.capacity *= 2;
    const c = this.cols;
    this.cols = {
      nis: grow(c.nis, this.capacity),
      sex: grow(c.sex, this.capacity),
      nationality: grow(c.nationality, this.capacity),
      civilStatus: grow(c.civilStatus, this.capacity),
      age: grow(c.age, this.capacity),
      population: grow(c.population, this.capacity),
    };
  }

  /** Exact-length copies, so consumers can rely on `.length` and `.buffer`. */
  finish(): PopulationColumns {
    const n = this.length;
    const c = this.cols;
    return {
      nis: c.nis.slice(0, n),
      sex: c.sex.slice(0, n),
      nationality: c.nationality.slice(0, n),
      civilStatus: c.civilStatus.slice(0, n),
      age: c.age.slice(0, n),
      population: c.population.slice(0, n),
    };
  }
}
