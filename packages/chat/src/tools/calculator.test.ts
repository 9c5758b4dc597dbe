import { describe, expect, it } from 'vitest';
import { CalculatorError, calculate } from './calculator.ts';

describe('calculate', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(12 + 30) * 2', 84],
    ['2 ^ 3 ^ 2', 512],
    ['-2 ^ 2', -4],
    ['10 % 4', 2],
    ['0.1 + 0.2', 0.3],
    ['sqrt(16) + abs(-3)', 7],
    ['2 * pi', 6.28318530717959],
    ['1,234 + 1', 1235],
    ['1.5e3 / 3', 500],
    ['１２×３÷４', 9],
    ['2**10', 1024],
  ])('%s = %d', (expression, expected) => {
    expect(calculate(expression).result).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['1 / 0', 'Division by zero'],
    ['2 +', 'ends too early'],
    ['(1 + 2', 'Expected ")"'],
    ['1 2', 'Unexpected "2"'],
    ['alert(1)', 'Unknown name "alert"'],
    ['process.exit()', 'Unexpected character'],
    ['constructor', 'Unknown name'],
    ['__proto__', 'Unexpected character'],
    ['10 ^ 400', 'not a finite number'],
    ['1+'.repeat(150), 'longer than 200'],
  ])('rejects %j clearly', (expression, message) => {
    expect(() => calculate(expression)).toThrow(CalculatorError);
    expect(() => calculate(expression)).toThrow(message);
  });
});
