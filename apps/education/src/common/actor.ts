import type { Actor } from '@qz/contracts';

/** The acting account until the gateway forwards a verified identity (security issue). */
export const UNAUTHENTICATED: Actor = { kind: 'user', id: 'unauthenticated', department: 'EDUCATION' };
