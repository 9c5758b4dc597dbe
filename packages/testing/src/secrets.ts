/**
 * The secret values (whole, or any 12-character slice of a longer one) that appear in `text`.
 * Tests feed known secrets through a code path and expect this to be empty.
 */
export function leakedSecrets(text: string, secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const secret of secrets) {
    if (!secret) continue;
    const window = Math.min(secret.length, 12);
    for (let i = 0; i + window <= secret.length; i++) {
      if (text.includes(secret.slice(i, i + window))) {
        leaks.push(`${secret.slice(0, 4)}… (${secret.length} chars)`);
        break;
      }
    }
  }
  return leaks;
}
