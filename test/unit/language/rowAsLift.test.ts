// A row named as a lift is an exercise of a gym session, not the rowing machine (StrongLifts' `Squat 5x5, Bench 5x5,
// Row 5x5`, `barbell row`, `bent over rows`); the rowing machine stays a cross session (`row 6x500m`, `30 min row`).
import { strict as assert } from 'node:assert';
import { sessionNotation } from '../../corpus/measure';
import { clean } from './read';

const notation = (line: string): string[] => clean(line).map(sessionNotation);

describe('a row named as a lift', () => {
  it('is one gym session with the lifts before it (a comma list of sets, StrongLifts 5x5)', () => {
    assert.deepEqual(notation('Mon: Squat 5x5, Bench 5x5, Row 5x5'), ['gym full heavy-legs']);
    assert.deepEqual(notation('Mon: Squat 5x5, Bench 5x5, Barbell Row 5x5'), ['gym full heavy-legs']);
    assert.deepEqual(notation('Sat: squat 3 sets heavy, bench 3 sets heavy, dips 3 sets, DB rows 3 sets'), ['gym full heavy-legs']);
  });

  it('is an upper-body gym session alone (heavy with sets of five), never heavy legs', () => {
    assert.deepEqual(notation('Mon: bent over rows 3x10'), ['gym upper']);
    assert.deepEqual(notation('Mon: DB rows 3 sets'), ['gym upper']);
    assert.deepEqual(notation('Mon: row 5x5'), ['gym upper heavy']);
    assert.deepEqual(notation('Mon: barbell row 5x5'), ['gym upper heavy']);
    // Beside a leg lift, the legs decide.
    assert.deepEqual(notation('Mon: row 5x5, squat 5x5'), ['gym lower heavy-legs']);
  });

  it('leaves the rowing machine a cross session: a distance, metres on the erg, a time', () => {
    assert.deepEqual(notation('Mon: row 6x500m'), ['cross easy']);
    assert.deepEqual(notation('Mon: row 4x500'), ['cross easy']);
    assert.deepEqual(notation('Mon: 30 min row'), ['cross easy']);
    assert.deepEqual(notation('Mon: rowing 2000m'), ['cross easy']);
    // Sets on the erg's own words, minutes or a stroke rate after them: the rowing machine.
    assert.deepEqual(notation('Mon: erg 4x10'), ['cross easy']);
    assert.deepEqual(notation('Mon: rowing 4x5'), ['cross easy']);
    assert.deepEqual(notation('Mon: row 4x10 min'), ['cross easy']);
  });
});
