import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

const spec = { flags: ['no-build', 'help'], numbers: { runs: 5, duration: 30 }, paths: { static: undefined } };

describe('parseOptions', () => {
  it('fills in the defaults when nothing is given', () => {
    const parsed = parseOptions([], spec);
    expect([...parsed.flags]).toEqual([]);
    expect(parsed.numbers).toEqual({ runs: 5, duration: 30 });
    expect(parsed.paths).toEqual({ static: undefined });
  });

  it('reads flags, numbers and paths, with a space or an equals sign', () => {
    const parsed = parseOptions(['--no-build', '--runs', '3', '--duration=10', '--static', 'saved'], spec);
    expect(parsed.flags.has('no-build')).toBe(true);
    expect(parsed.numbers).toEqual({ runs: 3, duration: 10 });
    expect(parsed.paths.static).toBe('saved');
  });

  it('names an unknown option', () => {
    expect(() => parseOptions(['--run', '3'], spec)).toThrow('Unknown option --run');
  });

  it('refuses a number that is not a positive integer', () => {
    expect(() => parseOptions(['--runs', '0'], spec)).toThrow('--runs must be a positive integer, got "0"');
    expect(() => parseOptions(['--runs', '2.5'], spec)).toThrow('--runs must be a positive integer');
  });

  it('refuses an option without its value and a bare argument', () => {
    expect(() => parseOptions(['--runs'], spec)).toThrow('--runs needs a value');
    expect(() => parseOptions(['--static', '--no-build'], spec)).toThrow('--static needs a value');
    expect(() => parseOptions(['out'], spec)).toThrow('Unexpected argument "out"');
  });

  it('refuses a value given to a flag', () => {
    expect(() => parseOptions(['--no-build=yes'], spec)).toThrow('--no-build takes no value');
  });
});
