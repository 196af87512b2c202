import { forRules, NO_STORED_CIRCUMSTANCES } from './circumstances';
import { classify } from './classification.rules';
import {
  circumstancesAfterTemporaryCare,
  circumstancesInTemporaryCare,
  temporaryCareEndReason,
  temporaryCareReason,
} from './temporary-care';

describe('rule 四(二)3 临时照料 → 四(一)4 临时失去家庭依靠: a child in an institution’s temporary care', () => {
  const payload = {
    caseId: 'case-1',
    measureId: 'measure-1',
    childId: 'child-1',
    regionCode: '450702100201',
    institution: '钦州市未成年人救助保护中心',
    handoverDocument: '交接书 2026-041',
    startedAt: '2026-11-02T03:00:00.000Z',
  };

  it('is temporarily without family support', () => {
    expect(circumstancesInTemporaryCare({ ...NO_STORED_CIRCUMSTANCES })).toEqual({
      ...NO_STORED_CIRCUMSTANCES,
      temporarilyWithoutFamily: true,
    });
  });

  it('changes nothing when the ledger holds it already (a second measure, a redelivery)', () => {
    expect(
      circumstancesInTemporaryCare({ ...NO_STORED_CIRCUMSTANCES, temporarilyWithoutFamily: true }),
    ).toBeNull();
  });

  it('says where the child is, on whose handover, and the rule', () => {
    expect(temporaryCareReason(payload)).toBe(
      'police took the child into the temporary care of 钦州市未成年人救助保护中心 on 2026-11-02 ' +
        '(written handover 交接书 2026-041, case case-1): temporarily without family support (四(二)3, 四(一)4)',
    );
  });
});

describe('rule 四(二)3: temporary care ends, and with it 四(一)4 when the child has a family again', () => {
  const inCare = { ...NO_STORED_CIRCUMSTANCES, temporarilyWithoutFamily: true };
  const ended = {
    caseId: 'case-1',
    measureId: 'measure-2',
    startedMeasureId: 'measure-1',
    childId: 'child-1',
    regionCode: '450702100201',
    outcome: 'RETURNED_TO_GUARDIAN' as const,
    handedTo: '父亲 黄某',
    handoverDocument: '交接书 2026-057',
    endedAt: '2026-11-20T03:00:00.000Z',
  };

  it('四(二)3: handed back to the guardian, or to a relative or entrusted guardian: no longer without family support', () => {
    for (const outcome of ['RETURNED_TO_GUARDIAN', 'ENTRUSTED_GUARDIAN'] as const) {
      const after = circumstancesAfterTemporaryCare(inCare, { outcome });
      expect(after).toEqual({ ...NO_STORED_CIRCUMSTANCES, temporarilyWithoutFamily: false });
      const categories = classify({ ...forRules(after ?? undefined), birthDate: '2015-01-01' }, '2026-11-20');
      expect(categories.categories).toEqual([]);
    }
  });

  it('四(二)3: taken into civil affairs’ custody, or nothing held: nothing changes', () => {
    expect(circumstancesAfterTemporaryCare(inCare, { outcome: 'CIVIL_AFFAIRS_CUSTODY' })).toBeNull();
    expect(circumstancesAfterTemporaryCare(NO_STORED_CIRCUMSTANCES, ended)).toBeNull();
  });

  it('says to whom the child went, on whose handover, and the rule', () => {
    expect(temporaryCareEndReason(ended)).toBe(
      "police ended the child's temporary care on 2026-11-20: handed to 父亲 黄某 (RETURNED_TO_GUARDIAN, " +
        'written handover 交接书 2026-057, case case-1): family support again (四(二)3, 四(一)4)',
    );
  });
});
