export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

// The most common choices, in both languages; a breached-password list would
// be better still, but nothing may be fetched at run time here.
const COMMON = new Set([
  "1234567890",
  "12345678910",
  "0123456789",
  "qwertyuiop",
  "asdfghjkl1",
  "password12",
  "password123",
  "passord123",
  "passord1234",
  "iloveyou12",
  "sommer2024",
  "sommer2025",
  "sommer2026",
  "vinter2025",
  "vinter2026",
  "abcdefghij",
  "qwerty1234",
  "1q2w3e4r5t",
  "letmein123",
  "welcome123",
  "velkommen1",
  "velkommen123",
  "maalbar123",
  "målbar123",
  "administrator",
]);

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "sameAsEmail" | "oneCharacter";

/** Why a password is too weak, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "common";
  if (new Set(lower).size <= 2) return "oneCharacter";
  if (email && lower === email.trim().toLowerCase()) return "sameAsEmail";
  if (email && lower === email.trim().toLowerCase().split("@")[0]) return "sameAsEmail";
  return null;
}
