import { SMALL_CELL_MINIMUM, suppressSmallCells } from './small-cells';

const counts = (aids: number, poverty = 1) => [
  { category: 'AIDS_AFFECTED', count: aids },
  { category: 'POVERTY_DIBAO', count: poverty },
];
const aidsAt = (count: number, level: Parameters<typeof suppressSmallCells>[1]) =>
  suppressSmallCells(counts(count), level)[0];

describe('small-cell suppression of sensitive category counts (issue 16, 五(一) indicators)', () => {
  it.each([1, 2, 3, 4])(
    '三(一)3 a township, county or city count of %i children affected by AIDS is withheld (null, flagged)',
    (n) => {
      for (const level of ['TOWNSHIP', 'COUNTY', 'CITY'] as const)
        expect(aidsAt(n, level)).toEqual({ category: 'AIDS_AFFECTED', count: null, suppressed: true });
    },
  );

  it('三(一)3 zero and counts from the minimum up are shown at the township and above', () => {
    expect(SMALL_CELL_MINIMUM).toBe(5);
    for (const n of [0, 5, 6, 120])
      expect(aidsAt(n, 'TOWNSHIP')).toEqual({ category: 'AIDS_AFFECTED', count: n, suppressed: false });
  });

  it('三(一)2–4 below the township every sensitive count is withheld, zero and large ones included', () => {
    for (const n of [0, 1, 5, 40])
      expect(aidsAt(n, 'VILLAGE')).toMatchObject({ count: null, suppressed: true });
    const village = suppressSmallCells(
      ['DE_FACTO_UNSUPPORTED', 'DISABLED', 'SERIOUSLY_ILL', 'TRAFFICKING_RESCUED'].map((category) => ({
        category,
        count: 0,
      })),
      'VILLAGE',
    );
    expect(village.every((c) => c.suppressed && c.count === null)).toBe(true);
  });

  it('三(一)1 categories that are not sensitive are shown as counted, a village count of 1 included', () => {
    expect(suppressSmallCells(counts(0, 1), 'VILLAGE')[1]).toEqual({
      category: 'POVERTY_DIBAO',
      count: 1,
      suppressed: false,
    });
  });
});
