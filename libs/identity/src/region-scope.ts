import { isWithin } from '@qz/kernel';

export { isRegionCode } from '@qz/kernel';

/**
 * Whether `code` lies in the subtree of `scope` (a region covers itself): 五(一), every user sees
 * only their region's subtree. The code arithmetic is the kernel's (`isWithin`).
 */
export const regionCovers = (scope: string, code: string): boolean => isWithin(code, scope);
