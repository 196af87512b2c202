import { anonymityRefusal } from './anonymity.rules';

describe('rule 四(二)2: the public may report anonymously; a reporting body names its person', () => {
  it('四(二)2 a member of the public reports with no name and no phone', () => {
    expect(anonymityRefusal('PUBLIC', { anonymous: true, name: null, phone: null })).toBeNull();
  });

  it('四(二)2 an anonymous report that names the person or gives a phone is refused (nothing of them is stored)', () => {
    expect(anonymityRefusal('PUBLIC', { anonymous: true, name: '张三', phone: null })).toBe(
      'ANONYMOUS_REPORTER_IDENTIFIED',
    );
    expect(anonymityRefusal('PUBLIC', { anonymous: true, name: null, phone: '13800000000' })).toBe(
      'ANONYMOUS_REPORTER_IDENTIFIED',
    );
  });

  it('四(二)2 duty-bearers, institutions and prisons are never anonymous (their reporting is followed up)', () => {
    for (const kind of [
      'SCHOOL',
      'WELFARE_INSTITUTION',
      'RESCUE_AGENCY',
      'SOCIAL_WORK_AGENCY',
      'PRISON',
    ] as const)
      expect(anonymityRefusal(kind, { anonymous: true, name: null, phone: null })).toBe(
        'ANONYMOUS_REPORT_NOT_PUBLIC',
      );
  });

  it('四(二)2 a named report has a name, whoever makes it', () => {
    expect(anonymityRefusal('PUBLIC', { anonymous: false, name: null, phone: '110' })).toBe('FIELD_REQUIRED');
    expect(
      anonymityRefusal('WELFARE_INSTITUTION', { anonymous: false, name: '梁院长', phone: null }),
    ).toBeNull();
  });
});
