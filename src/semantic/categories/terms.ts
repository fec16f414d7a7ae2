/** Splits a comma/newline separated term list written as a template literal. */
export function terms(list: string): string[] {
  return list
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
