import { Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { officialRegionTree } from '@qz/kernel';
import { caseInQueue } from '../cases/case-scope';
import { CaseStepService } from '../cases/case-steps';
import { SearchErrors } from './search.errors';
import type {
  EndMissingChildSearchInput,
  ReviewMissingChildSearchInput,
  StartMissingChildSearchInput,
} from './search.inputs';
import { distinct, isSearchOverdue, missingReport, searchStartedOnTime } from './search.rules';
import type { StoredSearch, StoredSearchReview } from './search.types';

/** Division codes given for a search: each an official code (UNKNOWN_REGION otherwise). */
const areasOf = (codes: readonly string[] | undefined, field: string) => {
  const areas = distinct(codes ?? []);
  for (const code of areas) officialRegionTree().requireKnown(code, field);
  return areas;
};

/**
 * 四(二)3 儿童失踪快速查找机制: police start the fast search on a missing child's case at once (no
 * dispatch needed first), telling areas and units; review it while the child is not found, telling
 * more; and record how it ended. The case does not close while the search is open.
 */
@Injectable()
export class MissingSearchService extends CaseStepService {
  async start(input: StartMissingChildSearchInput, actor: Actor) {
    const startedAt = this.steps.pastInstant(input.startedAt, 'input.startedAt');
    const lastSeenAt = this.steps.pastInstant(input.lastSeenAt, 'input.lastSeenAt');
    if (lastSeenAt > startedAt) throw SearchErrors.seenAfterStart(lastSeenAt, startedAt);
    const areas = areasOf(input.areas, 'input.areas');
    const units = distinct(input.units);
    if (!areas.length || !units.length) throw SearchErrors.nobodyTold();
    const c = await this.steps.load(input.caseId, 'whileOpen');
    const report = missingReport(c.reports);
    if (!report) throw SearchErrors.notMissing(c.id);
    if (c.search) throw SearchErrors.alreadyStarted(c.id);
    if (startedAt < report.receivedAt)
      throw SearchErrors.before('input.startedAt', startedAt, 'the missing report', report.receivedAt);
    const search: StoredSearch = {
      startedAt,
      startedBy: actor.id,
      startedOnTime: searchStartedOnTime(report, startedAt),
      lastSeenAt,
      lastSeenPlace: input.lastSeenPlace.trim(),
      description: input.description.trim(),
      areas,
      units,
      reviews: [],
      end: null,
    };
    const note = `areas ${areas.join(', ')}; units ${units.join(', ')}${search.startedOnTime ? '' : '; started after the dispatch deadline'}`;
    return this.steps.write(
      c,
      'SEARCH_STARTED',
      c.status,
      note,
      actor,
      { $set: { search, searchOpen: true } },
      [],
    );
  }

  async review(input: ReviewMissingChildSearchInput, actor: Actor) {
    const at = this.steps.pastInstant(input.at, 'input.at');
    const areas = areasOf(input.areas, 'input.areas');
    const c = await this.steps.load(input.caseId, 'whileOpen');
    const search = this.openSearch(c);
    if (at < search.startedAt)
      throw SearchErrors.before('input.at', at, 'the search started', search.startedAt);
    const review: StoredSearchReview = {
      at,
      by: actor.id,
      areas,
      units: distinct(input.units ?? []),
      note: input.note.trim(),
    };
    const widened = {
      ...search,
      areas: distinct([...search.areas, ...review.areas]),
      units: distinct([...search.units, ...review.units]),
      reviews: [...search.reviews, review],
    };
    return this.steps.write(
      c,
      'SEARCH_REVIEWED',
      c.status,
      review.note,
      actor,
      { $set: { search: widened } },
      [],
    );
  }

  async end(input: EndMissingChildSearchInput, actor: Actor) {
    const foundAt = this.steps.pastInstant(input.foundAt, 'input.foundAt');
    const c = await this.steps.load(input.caseId, 'whileOpen');
    const search = this.openSearch(c);
    if (foundAt < search.lastSeenAt)
      throw SearchErrors.before('input.foundAt', foundAt, 'the child was last seen', search.lastSeenAt);
    const end = {
      outcome: input.outcome,
      foundAt,
      foundPlace: input.foundPlace.trim(),
      notes: input.notes.trim(),
      recordedBy: actor.id,
    };
    const note = `${end.outcome} at ${end.foundPlace}`;
    return this.steps.write(
      c,
      'SEARCH_ENDED',
      c.status,
      note,
      actor,
      { $set: { search: { ...search, end }, searchOpen: false } },
      [],
    );
  }

  /** Open searches in the region's subtree the viewer may see: past their review time first, then the oldest. */
  async openIn(regionCode: string, viewer: Identity) {
    const now = this.clock.now();
    const inQueue = caseInQueue(regionCode, viewer);
    const open = (await this.cases.withOpenSearch()).flatMap((c) =>
      c.search && inQueue(c) ? [{ c, s: c.search }] : [],
    );
    const key = ({ s }: { s: StoredSearch }) => [isSearchOverdue(s, now) ? 0 : 1, s.startedAt.getTime()];
    return open.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]).map(({ c }) => c);
  }

  private openSearch(c: { id: string; search?: StoredSearch | null }): StoredSearch {
    if (!c.search) throw SearchErrors.notStarted(c.id);
    if (c.search.end) throw SearchErrors.ended(c.id);
    return c.search;
  }
}
