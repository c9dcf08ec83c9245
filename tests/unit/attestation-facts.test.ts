import { describe, expect, it } from 'vitest';
import { displayName, verificationCode } from '../../src/assessment/attestation-facts';

describe('the learner name from the LMS', () => {
  it.each([
    ['Dupont, Marie', 'Marie Dupont'],
    ['  Dupont ,  Marie-Claire ', 'Marie-Claire Dupont'],
    ['de La Tour, Jean Pierre', 'Jean Pierre de La Tour'],
    ['Martin, Anne, Sophie', 'Anne Sophie Martin'],
    ['Élodie Durand', 'Élodie Durand'],
    ['', ''],
  ])('turns « %s » into « %s »', (lms, shown) => {
    expect(displayName(lms)).toBe(shown);
  });
});

describe('the verification code', () => {
  const course = { id: 'alliances-territoires', version: '1.0.0' };
  const r = { attempt: 2, seed: 123456789, right: 30, total: 35, submittedAt: Date.UTC(2026, 4, 4, 10) };

  it('is 8 unambiguous characters in two groups, the same for the same attempt', () => {
    const code = verificationCode(course, '12h', 'Marie Dupont', r);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(verificationCode(course, '12h', '  Marie   Dupont ', r)).toBe(code);
  });

  it('changes with the learner, the score, the attempt, the date or the course version', () => {
    const code = verificationCode(course, '12h', 'Marie Dupont', r);
    const others = [
      verificationCode(course, '12h', 'Marie Durand', r),
      verificationCode(course, '12h', 'Marie Dupont', { ...r, right: 31 }),
      verificationCode(course, '12h', 'Marie Dupont', { ...r, attempt: 3 }),
      verificationCode(course, '12h', 'Marie Dupont', { ...r, submittedAt: r.submittedAt + 1000 }),
      verificationCode({ ...course, version: '1.1.0' }, '12h', 'Marie Dupont', r),
    ];
    for (const other of others) expect(other).not.toBe(code);
    expect(new Set(others).size).toBe(others.length);
  });
});
