// `defineRule`: how a rule is written (as typescript-eslint's `createRule<Options, MessageIds>`). A rule carries every
// fact about itself — id, default severity, category, options with their defaults, how far across weeks it looks,
// whether it has fixes — and its check receives every option already filled in, so each default is written once.
import type { OptionMeta, Rule, RuleContext, RuleMeta, RuleReach } from './types';

/** One option of a rule: the schema of its value and its default. */
export interface OptionSpec {
  description: string;
  default: number;
  minimum?: number;
  maximum?: number;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** What a rule's check sees: its options typed by name, every one of them set (the user's value or the default). */
export interface RuleContextOf<O extends OptionSpecs> extends Omit<RuleContext, 'options' | 'userOptions'> {
  options: { readonly [K in keyof O]: number };
  /** Only the options the user set (for defaults that depend on the plan, e.g. `gym-frequency` `min` with goal running). */
  userOptions?: { readonly [K in keyof O]?: number };
}

export interface RuleDefinition<O extends OptionSpecs> {
  meta: Omit<RuleMeta, 'options' | 'reach'> & {
    /** By name; none when the rule has no options. */
    options?: O;
    /** How far the rule looks across weeks and whether it reads the days (default: its own week, not by day). */
    reach?: Partial<RuleReach>;
  };
  check(context: RuleContextOf<O>): void;
}

export function defineRule<O extends OptionSpecs = Record<never, OptionSpec>>(definition: RuleDefinition<O>): Rule {
  const specs: OptionSpecs = definition.meta.options ?? {};
  const options: OptionMeta[] = Object.entries(specs).map(([name, spec]) => ({ name, ...spec }));
  const defaults: Record<string, number> = Object.fromEntries(options.map((option) => [option.name, option.default]));
  const meta: RuleMeta = {
    ...definition.meta,
    options,
    reach: { weeksBack: 0, weeksAhead: 0, byDay: false, ...definition.meta.reach },
  };
  return {
    meta,
    check(context) {
      // A configuration built by hand (tests, other front ends) may leave options out: the defaults fill them.
      const complete = options.every((option) => typeof context.options[option.name] === 'number');
      const typed = (complete ? context : { ...context, options: { ...defaults, ...context.options } }) as unknown as RuleContextOf<O>;
      definition.check(typed);
    },
  };
}
