// Runs once when the server starts (Next.js instrumentation hook). Under NODE_ENV=production, a configuration
// that only makes sense on a developer's machine (sign-in through the dev issuer, a missing, guessable or
// public AUTH0_SECRET, ...) stops the server here, with every problem in Japanese and English, instead of
// serving sessions anyone could forge. The checks themselves live in @repo/config.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { refuseToStartOnConfigErrors } = await import('@repo/config/node');
  refuseToStartOnConfigErrors({ app: 'vercel-ai-sample' });
}
