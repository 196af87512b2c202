import { newStudentNumber, shownStudentNumber } from './student-number';

describe('issue 16 §2: a student number says nothing of the child’s resident ID number', () => {
  it('is issued by the service: XJ and ten random characters, letters and digits that cannot be misread', () => {
    const issued = Array.from({ length: 200 }, () => newStudentNumber());
    for (const n of issued) expect(n).toMatch(/^XJ[A-HJ-NP-Z2-9]{10}$/);
    expect(new Set(issued).size).toBe(issued.length);
  });

  it('is drawn from the random source alone: nothing of the child goes into it', () => {
    expect(newStudentNumber(() => 0)).toBe('XJAAAAAAAAAA');
    expect(newStudentNumber((n) => n - 1)).toBe('XJ9999999999');
  });

  it('an older number given as G + the ID number stays stored but is shown masked to everyone', () => {
    expect(shownStudentNumber('G45070220140506202X')).toBe('G******************');
    expect(shownStudentNumber('45070220140506202X')).toBe('******************');
    expect(shownStudentNumber('XJABCDEFGH23')).toBe('XJABCDEFGH23');
    expect(shownStudentNumber('G450702999001')).toBe('G450702999001');
    expect(shownStudentNumber(null)).toBeNull();
  });
});
