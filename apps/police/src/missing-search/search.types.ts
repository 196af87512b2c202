import type { SearchOutcome } from './search.rules';

/** One review of an open search: what was done, and the areas and units told since. */
export interface StoredSearchReview {
  at: Date;
  by: string;
  areas: string[];
  units: string[];
  note: string;
}

/** 四(二)3 快速查找: the fast search for a missing child, on the child's case. */
export interface StoredSearch {
  startedAt: Date;
  startedBy: string;
  /** Whether it started by the missing report's dispatch deadline. */
  startedOnTime: boolean;
  lastSeenAt: Date;
  lastSeenPlace: string;
  /** Age, looks, clothes: what the areas and units were told to look for. */
  description: string;
  /** Division codes of the areas told (every police station, village and township there). */
  areas: string[];
  /** Units told: stations, transport hubs, rescue stations, hospitals. */
  units: string[];
  reviews: StoredSearchReview[];
  end: {
    outcome: SearchOutcome;
    foundAt: Date;
    foundPlace: string;
    notes: string;
    recordedBy: string;
  } | null;
}
