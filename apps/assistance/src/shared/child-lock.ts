import { KeyedMutex } from './keyed-mutex';

/**
 * One child's benefit decisions run one at a time in this process (an accept and a grant of the
 * same child cannot both pass the overlap check). Keyed by child id.
 */
export const childLock = new KeyedMutex();
