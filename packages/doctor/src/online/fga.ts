// `npm run doctor`'s FGA step: can the samples ask FGA who may read a document? Reaches the configured store (Auth0
// FGA / OpenFGA with FGA_STORE_ID and its client credentials) or the local dev-fga's store, through @openfga/sdk as
// the samples do, and reads the latest authorization model: it must define `doc` with `owner`, `viewer` and
// `can_view` (model/documents.fga, written by `npm run fga:init`).
import { fgaConnection, fgaProblem } from '@repo/auth/fga';
import type { Config, Finding } from '@repo/config';
import type { DoctorStep } from '../pipeline.ts';
import { type OnlineFindingCode, onlineFinding } from './findings.ts';

const DOCUMENT_RELATIONS = ['owner', 'viewer', 'can_view'];
const FGA_CODES = ['fga-unreachable', 'fga-credentials-refused', 'fga-store-not-found', 'fga-model-missing'];

/** Findings for the FGA the configuration names; none when the samples can use it. */
export async function checkFga(config: Pick<Config, 'fga'>): Promise<Finding[]> {
  const connection = fgaConnection(config);
  const fga = connection.settings;
  try {
    const client = await connection.client();
    const { authorization_model: model } = await client.readLatestAuthorizationModel();
    const doc = model?.type_definitions.find((type) => type.type === 'doc');
    const missing = DOCUMENT_RELATIONS.filter((relation) => !doc?.relations?.[relation]);
    if (!model || missing.length === 0) return model ? [] : [modelMissing()];
    return [
      onlineFinding(
        'fga-model-outdated',
        {
          ja: `FGA のストアの最新のモデルに、文書の関係 ${missing.join('、')} がありません。`,
          en: `The FGA store's latest model lacks the document relations ${missing.join(', ')}.`,
        },
        {
          ja: 'npm run fga:init でサンプルのモデル（packages/dev-fga/model/documents.fga）を書き込んでください。',
          en: "Write the samples' model (packages/dev-fga/model/documents.fga) with npm run fga:init.",
        },
        'FGA_STORE_ID',
      ),
    ];
  } catch (error) {
    const problem = fgaProblem(error, fga) as {
      code?: string;
      localized?: Finding['message'];
      fix?: Finding['fix'];
      variable?: string;
    };
    if (!problem.code || !FGA_CODES.includes(problem.code) || !problem.localized || !problem.fix) throw error;
    const code = (
      problem.code === 'fga-unreachable' && fga.mode === 'dev' ? 'fga-dev-not-running' : problem.code
    ) as OnlineFindingCode;
    return [onlineFinding(code, problem.localized, problem.fix, problem.variable)];
  }
}

function modelMissing(): Finding {
  return onlineFinding(
    'fga-model-missing',
    { ja: 'FGA のストアに認可モデルがありません。', en: 'The FGA store has no authorization model.' },
    { ja: 'npm run fga:init でモデルを書き込んでください。', en: 'Write the model with npm run fga:init.' },
    'FGA_STORE_ID',
  );
}

export const fgaCheckStep: DoctorStep = {
  id: 'fga-check',
  title: { ja: '文書の権限（FGA）', en: 'Document permissions (FGA)' },
  online: true,
  run: (ctx) => (ctx.config ? checkFga(ctx.config) : []),
};
