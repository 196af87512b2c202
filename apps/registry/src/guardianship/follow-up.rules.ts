import { DomainError, workingCalendar, type LocalDate, type WorkingCalendar } from '@qz/kernel';
import type { GuardianshipState } from './guardianship.rules';

/**
 * Working days the township and the village have to put a missing agreement right (四(一)3: they
 * guide the parents and the entrusted guardian to sign under the village committee's watch). The
 * county's working setting: the policy gives no number.
 */
export const FOLLOW_UP_WORKING_DAYS = 10;

/** A gap in a left-behind child's entrusted guardianship, in the township and village queue. */
export interface GuardianshipFollowUp {
  situation: 'NO_AGREEMENT' | 'AGREEMENT_ENDED';
  openedOn: LocalDate;
  /**
   * The last working day to put it right; past it, police take it (四(二)2). Null while the
   * working-day calendar does not know the year it falls in (never guessed): each later check
   * tries again, and the gap stays in the queue meanwhile.
   */
  dueOn: LocalDate | null;
  /** When it went to police; null while it is the township's and village's. */
  escalatedOn: LocalDate | null;
}

const isGap = (
  state: GuardianshipState | null,
): state is GuardianshipState & Pick<GuardianshipFollowUp, 'situation'> =>
  state?.situation === 'NO_AGREEMENT' || state?.situation === 'AGREEMENT_ENDED';

/**
 * Rule 四(一)3: a left-behind child without a valid agreement is first a task for the township and
 * the village, due FOLLOW_UP_WORKING_DAYS working days after the gap is found (the one working-day
 * calendar: holidays and 调休). The follow-up stays while the gap lasts (an agreement added that
 * has already ended does not put it right) and closes when the child is covered, or the rule no
 * longer applies (not left-behind). An agreement merely ending soon is listed, not a task.
 */
export function followUpAfter(
  before: GuardianshipFollowUp | null | undefined,
  state: GuardianshipState | null,
  on: LocalDate,
  calendar: WorkingCalendar = workingCalendar(),
): GuardianshipFollowUp | null {
  if (!isGap(state)) return null;
  const openedOn = before?.openedOn ?? on;
  const dueOn = before?.dueOn ?? deadline(openedOn, calendar);
  return { situation: state.situation, openedOn, dueOn, escalatedOn: before?.escalatedOn ?? null };
}

/** The follow-up's deadline, or null while the calendar does not know its year. */
function deadline(openedOn: LocalDate, calendar: WorkingCalendar): LocalDate | null {
  try {
    return calendar.addWorkingDays(openedOn, FOLLOW_UP_WORKING_DAYS);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CALENDAR_YEAR_UNKNOWN') return null;
    throw error;
  }
}

/**
 * Rule 四(一)3 → 四(二)2: a follow-up not put right by its due date goes to police, once. Before it
 * (and on the due day itself) the missing paper stays the township's and village's task.
 */
export const isDueForEscalation = (
  followUp: GuardianshipFollowUp | null,
  on: LocalDate,
): followUp is GuardianshipFollowUp & { dueOn: LocalDate } =>
  Boolean(followUp?.dueOn && !followUp.escalatedOn && on > followUp.dueOn);
