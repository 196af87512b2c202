import {
  currentPlacement,
  followUpTarget,
  overlapWith,
  placementGrounds,
  placementsAfterDecision,
  type PlacementFacts,
  type StoredPlacement,
} from './placement.rules';

const facts = (over: Partial<PlacementFacts> = {}): PlacementFacts => ({
  categories: [],
  father: null,
  mother: null,
  stateGuardianByCourt: false,
  otherGuardianByCourt: false,
  entrustedGuardian: false,
  ...over,
});

const placement = (over: Partial<StoredPlacement> = {}): StoredPlacement => ({
  id: 'p-1',
  type: 'INSTITUTION',
  grounds: ['ORPHAN'],
  decidedBy: '钦南区民政局',
  decidedOn: '2026-03-01',
  startDate: '2026-03-02',
  carerName: '钦州市儿童福利院',
  carerRelationship: null,
  reason: '有利于孤儿健康成长',
  endedOn: null,
  endedReason: null,
  followUps: [],
  recordedBy: 'u-1',
  ...over,
});

describe('四(一)2: who civil affairs places, as the ledger knows the child', () => {
  it('四(一)2 an orphan or an abandoned infant is in the orphan placement channel', () => {
    expect(placementGrounds(facts({ categories: ['ORPHAN', 'POVERTY_DIBAO'] }))).toEqual(['ORPHAN']);
    expect(placementGrounds(facts({ categories: ['ABANDONED_INFANT'] }))).toEqual(['ABANDONED_INFANT']);
  });

  it('四(一)2 parents without guardianship capacity and no other guardian; an entrusted or court-appointed guardian is one', () => {
    const unsupported = facts({
      categories: ['DE_FACTO_UNSUPPORTED'],
      father: 'IMPRISONED',
      mother: 'MISSING',
    });
    expect(placementGrounds(unsupported)).toEqual(['NO_CAPABLE_GUARDIAN']);
    expect(placementGrounds({ ...unsupported, entrustedGuardian: true })).toEqual([]);
    expect(placementGrounds({ ...unsupported, otherGuardianByCourt: true })).toEqual([]);
  });

  it('四(一)2 a child the court put under civil affairs or a welfare institution', () => {
    expect(
      placementGrounds(facts({ categories: ['DE_FACTO_UNSUPPORTED'], stateGuardianByCourt: true })),
    ).toEqual(['NO_CAPABLE_GUARDIAN', 'STATE_GUARDIAN_BY_COURT']);
  });

  it('四(一)2 a rescued child whose parents cannot be found; not one whose parent is known to be living at home', () => {
    const rescued = facts({ categories: ['TRAFFICKING_RESCUED'] });
    expect(placementGrounds(rescued)).toEqual(['RESCUED_PARENTS_NOT_FOUND']);
    expect(placementGrounds({ ...rescued, father: 'MISSING', mother: 'DECEASED' })).toEqual([
      'RESCUED_PARENTS_NOT_FOUND',
    ]);
    expect(placementGrounds({ ...rescued, mother: 'AT_HOME' })).toEqual([]);
    expect(placementGrounds({ ...rescued, entrustedGuardian: true })).toEqual([]);
  });

  it('四(一)2 a left-behind, poor or disabled child with parents able to care is not placed', () => {
    expect(
      placementGrounds(
        facts({ categories: ['LEFT_BEHIND', 'DISABLED', 'POVERTY_DIBAO'], father: 'MIGRANT_WORKER' }),
      ),
    ).toEqual([]);
  });
});

describe('四(一)2: one placement at a time, the history kept', () => {
  it('四(一)2 a new decision ends the placement in force the day before it starts', () => {
    const first = placement();
    const next = placement({ id: 'p-2', type: 'FOSTER_FAMILY', startDate: '2026-06-01' });
    expect(overlapWith([first], '2026-06-01')).toBeNull();
    const after = placementsAfterDecision([first], next);
    expect(after.map((p) => [p.id, p.endedOn])).toEqual([
      ['p-1', '2026-05-31'],
      ['p-2', null],
    ]);
    expect(after[0].endedReason).toBe('replaced by placement p-2');
    expect(currentPlacement(after)?.id).toBe('p-2');
  });

  it('四(一)2 a new placement cannot start on or before the last one’s start, nor within its term once ended', () => {
    expect(overlapWith([placement()], '2026-03-02')?.id).toBe('p-1');
    expect(overlapWith([placement({ endedOn: '2026-04-30' })], '2026-04-30')?.id).toBe('p-1');
    expect(overlapWith([placement({ endedOn: '2026-04-30' })], '2026-05-01')).toBeNull();
    expect(overlapWith([], '2020-01-01')).toBeNull();
  });

  it('四(一)2 an ended placement is not the current one', () => {
    expect(currentPlacement([placement({ endedOn: '2026-04-30' })])).toBeNull();
    expect(currentPlacement([])).toBeNull();
  });
});

describe('四(一)4: follow-up visits and the adoptive family’s follow-up assessment', () => {
  const history = [
    placement({ endedOn: '2026-05-31' }),
    placement({ id: 'p-2', type: 'ADOPTION', startDate: '2026-06-01', carerName: '黄某、李某夫妇' }),
  ];

  it('四(一)4 a follow-up goes to the placement in force on its day', () => {
    expect(followUpTarget(history, '2026-04-01', 'VISIT')).toMatchObject({
      ok: true,
      placement: { id: 'p-1' },
    });
    expect(followUpTarget(history, '2026-06-01', 'ADOPTION_ASSESSMENT')).toMatchObject({
      ok: true,
      placement: { id: 'p-2' },
    });
  });

  it('四(一)4 not before the child was placed, nor when no placement was in force', () => {
    expect(followUpTarget(history, '2026-03-01', 'VISIT')).toEqual({ ok: false, reason: 'BEFORE_PLACEMENT' });
    expect(followUpTarget([], '2026-03-01', 'VISIT')).toEqual({ ok: false, reason: 'BEFORE_PLACEMENT' });
    expect(followUpTarget([history[0]], '2026-06-02', 'VISIT')).toEqual({
      ok: false,
      reason: 'NOT_IN_FORCE',
    });
  });

  it('四(一)4 the follow-up assessment of care is for an adoption only', () => {
    expect(followUpTarget(history, '2026-04-01', 'ADOPTION_ASSESSMENT')).toEqual({
      ok: false,
      reason: 'NOT_ADOPTION',
    });
  });
});
