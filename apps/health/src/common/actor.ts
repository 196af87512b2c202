import type { Actor } from '@qz/contracts';

/**
 * Who acts. Until the gateway forwards a verified identity (the security issue), every request is
 * the same unauthenticated user, as in the registry; this is the one place that will change.
 */
export const currentActor = (): Actor => ({ kind: 'user', id: 'unauthenticated' });
