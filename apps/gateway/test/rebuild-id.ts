import { residentIdCheckChar } from '@qz/kernel';

/** Fields that carry a form of the child's own resident ID number (whole, masked, or inside a student number). */
const ID_FIELDS = new Set(['residentIdNumber', 'maskedResidentIdNumber', 'studentNumber']);

/** Every string an answer holds under one of ID_FIELDS, anywhere in it. */
function idForms(answer: unknown, out: string[] = []): string[] {
  if (Array.isArray(answer)) answer.forEach((v) => idForms(v, out));
  else if (answer && typeof answer === 'object')
    for (const [k, v] of Object.entries(answer)) {
      if (ID_FIELDS.has(k) && typeof v === 'string') out.push(v);
      else idForms(v, out);
    }
  return out;
}

/**
 * What an attacker holding an answer can rebuild of a child's ID number (GB 11643): the county
 * code from the child's region, the birth date, the sequence's parity from the sex, then every
 * number those allow whose check character is right and that agrees with every visible character
 * of every ID-shaped value the answer shows (`4507**********6460`, `G45070…`). One candidate left
 * means the number is rebuilt.
 */
export function rebuildCandidates(
  answer: unknown,
  child: { regionCode: string; birthDate: string; sex: 'MALE' | 'FEMALE' },
): string[] {
  const shown = idForms(answer)
    .map((v) => (/^[A-Z][0-9X*]{18}$/.test(v) ? v.slice(1) : v))
    .filter((v) => /^[0-9X*]{18}$/.test(v));
  const candidates: string[] = [];
  for (let seq = child.sex === 'MALE' ? 1 : 0; seq < 1000; seq += 2) {
    const first17 = `${child.regionCode.slice(0, 6)}${child.birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
    const id = first17 + residentIdCheckChar(first17);
    if (shown.every((m) => [...m].every((c, i) => c === '*' || c === id[i]))) candidates.push(id);
  }
  return candidates;
}

/**
 * The parts of an ID number that region and birth date do not give away: every 6-character window
 * that reaches into the last four characters (sequence and check digit). None may appear in an
 * answer to a role that does not read the number.
 */
export const secretWindows = (id: string): string[] =>
  [9, 10, 11, 12].map((start) => id.slice(start, start + 6));
