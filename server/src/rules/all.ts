// The catalogue: every rule, in the order of rules.md. Its own module so that the configuration (which needs each
// rule's options) and the registry (which runs them) both import it, and neither imports the other.
import type { Rule } from './types';
import { rule as hardSameDay } from './hard-same-day';
import { rule as hardAfterHeavyLegs } from './hard-after-heavy-legs';
import { rule as backToBackHard } from './back-to-back-hard';
import { rule as sameDaySpacing } from './same-day-spacing';
import { rule as sessionOrder } from './session-order';
import { rule as gymFrequency } from './gym-frequency';
import { rule as runFrequency } from './run-frequency';
import { rule as qualityLimit } from './quality-limit';
import { rule as allRunsHard } from './all-runs-hard';
import { rule as easyRunTooHard } from './easy-run-too-hard';
import { rule as gymDuration } from './gym-duration';
import { rule as restDays } from './rest-days';
import { rule as runningFocusVolume } from './running-focus-volume';
import { rule as mainGoal } from './main-goal';
import { rule as goalSwitching } from './goal-switching';
import { rule as longRunSpike } from './long-run-spike';
import { rule as loadRamp } from './load-ramp';
import { rule as weekOrder } from './week-order';
import { rule as freshForQuality } from './fresh-for-quality';
import { rule as gymVolume } from './gym-volume';
import { rule as eliteVolume } from './elite-volume';
import { rule as noLegTraining } from './no-leg-training';

/** Every rule of the catalogue (rules.md), in catalogue order. */
export const rules: Rule[] = [
  hardSameDay,
  hardAfterHeavyLegs,
  backToBackHard,
  sameDaySpacing,
  sessionOrder,
  freshForQuality,
  gymFrequency,
  runFrequency,
  qualityLimit,
  allRunsHard,
  easyRunTooHard,
  gymDuration,
  gymVolume,
  noLegTraining,
  restDays,
  runningFocusVolume,
  mainGoal,
  goalSwitching,
  longRunSpike,
  loadRamp,
  eliteVolume,
  weekOrder,
];

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

