import type { CarePlacementModel } from './placement.model';
import type { StoredPlacement } from './placement.rules';

/** Placements as the graph shows them: who recorded each is left to the access log. */
export const placementsModel = (stored: StoredPlacement[] | undefined): CarePlacementModel[] =>
  (stored ?? []).map(({ recordedBy: _by, followUps, ...p }) => ({
    ...p,
    followUps: followUps.map(({ recordedBy: _b, ...f }) => f),
  }));
