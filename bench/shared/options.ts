/** Command-line options shared by the benchmarks: a small strict parser so that a typo is an error, not a silent default. */

/** What a benchmark accepts: flags without a value, and options that take a positive integer or a path. */
export interface OptionSpec {
  flags: readonly string[];
  numbers: Readonly<Record<string, number>>;
  paths: Readonly<Record<string, string | undefined>>;
}

/** The parsed command line: every declared flag, number and path, defaults filled in. */
export interface ParsedOptions {
  flags: Set<string>;
  numbers: Record<string, number>;
  paths: Record<string, string | undefined>;
}

/**
 * Parses `argv` (without node and the script) against `spec`.
 * Throws an Error naming the option when it is unknown, lacks its value or is not a positive integer.
 */
export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedOptions {
  const parsed: ParsedOptions = { flags: new Set(), numbers: { ...spec.numbers }, paths: { ...spec.paths } };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg.slice(2), undefined];
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}" (options start with --; see --help)`);
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new Error(`--${name} takes no value`);
      parsed.flags.add(name);
      continue;
    }
    const isNumber = name in spec.numbers;
    if (!isNumber && !(name in spec.paths)) throw new Error(`Unknown option --${name} (see --help)`);
    const value = inline ?? argv[++k];
    if (value === undefined || value === '' || value.startsWith('--')) throw new Error(`--${name} needs a value`);
    if (isNumber) {
      if (!/^\d+$/u.test(value) || Number(value) < 1) throw new Error(`--${name} must be a positive integer, got "${value}"`);
      parsed.numbers[name] = Number(value);
    } else {
      parsed.paths[name] = value;
    }
  }
  return parsed;
}
