// `calculator`: arithmetic the model should not do in its head. The parser (never eval) is in @repo/chat/tools.
import { tool } from '@langchain/core/tools';
import { calculate, TOOL_DESCRIPTIONS } from '@repo/chat/tools';
import { z } from 'zod';

export function calculatorTool() {
  return tool(async ({ expression }) => calculate(expression), {
    name: 'calculator',
    description: TOOL_DESCRIPTIONS.calculator,
    schema: z.object({
      expression: z.string().min(1).max(200).describe('The arithmetic expression, e.g. (12 + 30) * 2'),
    }),
  });
}
