// The one source of randomness for a generation run: a private Faker instance (never the
// shared singleton, so concurrent callers cannot disturb each other's sequence).
import { Faker, base, en, zh_CN } from "@faker-js/faker";

export const DEFAULT_SEED = 20261122;

export type Weighted<T> = readonly (readonly [T, number])[];

export class Random {
  readonly faker: Faker;

  constructor(seed: number = DEFAULT_SEED) {
    this.faker = new Faker({ locale: [zh_CN, en, base], seed });
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.number.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** An item with probability proportional to its weight (zero weights are never picked). */
  weighted<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let x = this.faker.number.float() * total;
    for (const [value, weight] of items) {
      if (x < weight) return value;
      x -= weight;
    }
    // Only reachable through float rounding: fall back to the last item that can be picked.
    return items.findLast(([, weight]) => weight > 0)![0];
  }

  /** `count` distinct items, in their original order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set(this.faker.helpers.arrayElements(items.map((_, i) => i), Math.min(count, items.length)));
    return items.filter((_, i) => chosen.has(i));
  }
}
