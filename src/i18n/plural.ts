/** The singular or the plural word, by count: plural(1, "post", "poster") is "post". */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
