/**
 * Every ordering of a short list (n! of them), for unit tests of functions whose result must not
 * depend on the order of their input. Keep lists to 5 items or fewer.
 */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length > 5) throw new Error(`permutations: ${items.length} items would give ${factorial(items.length)} orderings; shuffle instead`);
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
