/** Distinct texts of a column, numbered 0, 1, 2 … in order of first appearance. */
export class CodeDictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  get size(): number {
    return this.values.length;
  }
}
