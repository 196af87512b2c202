import { isRehabAssistanceAge } from './child-health.rule';

describe('rule 四(三)2: rehabilitation assistance for disabled children aged 0 to 6', () => {
  it('covers a newborn and a child the day before the 7th birthday', () => {
    expect(isRehabAssistanceAge('2026-11-29', '2026-11-29')).toBe(true);
    expect(isRehabAssistanceAge('2019-11-30', '2026-11-29')).toBe(true);
  });

  it('no longer covers a child from the 7th birthday', () => {
    expect(isRehabAssistanceAge('2019-11-29', '2026-11-29')).toBe(false);
  });
});
