import { NO_STORED_CIRCUMSTANCES } from './circumstances';
import { circumstancesInTemporaryCare, temporaryCareReason } from './temporary-care';

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
