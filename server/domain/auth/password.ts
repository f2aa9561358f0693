import bcrypt from "bcryptjs";

/** bcrypt (bcryptjs, pure JS): cost 11 ≈ 0.15 s here, enough to make offline guessing slow. */
const COST = 11;
export const MIN_PASSWORD_LENGTH = 12;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check when the user does not exist, so timing reveals nothing. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= bcrypt.hash("not-a-real-password", COST);
  await bcrypt.compare(password, await dummyHash);
  return false;
}

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 72) return "must be at most 72 characters (bcrypt's limit)";
  return null;
}
