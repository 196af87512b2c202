/**
 * The region and the regions above it, most specific first: village (12 digits) → township (9) →
 * county (6) → city (xxxx00) → province (xx0000).
 */
export function regionAncestry(code: string): string[] {
  const chain = [code];
  if (code.length > 9) chain.push(code.slice(0, 9));
  if (code.length > 6) chain.push(code.slice(0, 6));
  const county = code.slice(0, 6);
  for (const up of [`${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`]) {
    if (!chain.includes(up)) chain.push(up);
  }
  return chain;
}
