// Arithmetic for the `calculator` tool: a small recursive-descent parser, never `eval` or `Function`.
// Grammar (usual precedence, `^` right-associative):
//   expr   = term (("+" | "-") term)*
//   term   = unary (("*" | "/" | "%") unary)*
//   unary  = ("+" | "-") unary | power
//   power  = atom ("^" unary)?
//   atom   = number | constant | func "(" expr ")" | "(" expr ")"
// Full-width characters and ×, ÷, − are normalised first, so Japanese input works as typed.

import { ToolError } from './tool-error.ts';

export const MAX_EXPRESSION_LENGTH = 200;

const FUNCTIONS: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  abs: Math.abs,
  round: Math.round,
  floor: Math.floor,
  ceil: Math.ceil,
  ln: Math.log,
  log10: Math.log10,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
};
const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };

export class CalculatorError extends ToolError {
  override name = 'CalculatorError';
}

type Token = { kind: 'number'; value: number } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

function normalise(expression: string): string {
  return expression
    .normalize('NFKC')
    .replace(/[×✕]/g, '*')
    .replace(/÷/g, '/')
    .replace(/[−–]/g, '-')
    .replace(/\*\*/g, '^');
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:[.,]\d+)*(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?|([a-z][a-z0-9]*)|([-+*/%^()]))/giy;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match)
      throw new CalculatorError(`Unexpected character "${source.slice(index).trim()[0]}" at position ${index + 1}.`);
    index = pattern.lastIndex;
    const [, number, exponent, name, op] = match;
    if (number !== undefined) {
      const value = Number(number.replace(/,/g, '')) * 10 ** Number(exponent ?? 0);
      tokens.push({ kind: 'number', value });
    } else if (name !== undefined) tokens.push({ kind: 'name', value: name.toLowerCase() });
    else if (op !== undefined) tokens.push({ kind: 'op', value: op });
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): number {
    if (this.tokens.length === 0) throw new CalculatorError('The expression is empty.');
    const value = this.expr();
    const rest = this.tokens[this.position];
    if (rest) throw new CalculatorError(`Unexpected "${rest.value}" after a complete expression.`);
    return value;
  }

  private peekOp(...ops: string[]): string | undefined {
    const token = this.tokens[this.position];
    return token?.kind === 'op' && ops.includes(token.value) ? token.value : undefined;
  }

  private expect(op: string) {
    if (!this.peekOp(op)) throw new CalculatorError(`Expected "${op}".`);
    this.position++;
  }

  private expr(): number {
    let value = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.position++;
      const right = this.term();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  private term(): number {
    let value = this.unary();
    for (let op = this.peekOp('*', '/', '%'); op; op = this.peekOp('*', '/', '%')) {
      this.position++;
      const right = this.unary();
      if ((op === '/' || op === '%') && right === 0) throw new CalculatorError('Division by zero.');
      value = op === '*' ? value * right : op === '/' ? value / right : value % right;
    }
    return value;
  }

  private unary(): number {
    const op = this.peekOp('+', '-');
    if (op) {
      this.position++;
      const value = this.unary();
      return op === '-' ? -value : value;
    }
    return this.power();
  }

  private power(): number {
    const base = this.atom();
    if (!this.peekOp('^')) return base;
    this.position++;
    return base ** this.unary();
  }

  private atom(): number {
    const token = this.tokens[this.position];
    if (!token) throw new CalculatorError('The expression ends too early.');
    this.position++;
    if (token.kind === 'number') return token.value;
    if (token.kind === 'name') {
      // Own properties only: `constructor` or `__proto__` must not reach Object.prototype.
      if (Object.hasOwn(CONSTANTS, token.value)) return CONSTANTS[token.value] as number;
      const fn = Object.hasOwn(FUNCTIONS, token.value) ? FUNCTIONS[token.value] : undefined;
      if (!fn)
        throw new CalculatorError(`Unknown name "${token.value}". Known: ${Object.keys(FUNCTIONS).join(', ')}, pi, e.`);
      this.expect('(');
      const argument = this.expr();
      this.expect(')');
      return fn(argument);
    }
    if (token.value === '(') {
      const value = this.expr();
      this.expect(')');
      return value;
    }
    throw new CalculatorError(`Unexpected "${token.value}".`);
  }
}

export interface CalculationResult {
  expression: string;
  result: number;
}

/** Evaluates an arithmetic expression. Throws CalculatorError with a message the model can relay. */
export function calculate(expression: string): CalculationResult {
  if (expression.length > MAX_EXPRESSION_LENGTH)
    throw new CalculatorError(`The expression is longer than ${MAX_EXPRESSION_LENGTH} characters.`);
  const normalised = normalise(expression).trim();
  const result = new Parser(tokenize(normalised)).parse();
  if (!Number.isFinite(result)) throw new CalculatorError('The result is not a finite number.');
  // Round away binary noise (0.1 + 0.2) without hiding real precision.
  return { expression: normalised, result: Number(result.toPrecision(15)) };
}
