import { strict as assert } from 'node:assert';
import { comparePositions, LineIndex, rangeContains, rangesOverlap } from '../../../server/src/language/text';

describe('LineIndex', () => {
  it('maps offsets to lines and columns with LF, CRLF and lone CR line ends', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(0), { line: 0, column: 0 });
    assert.deepEqual(index.positionAt(2), { line: 0, column: 2 });
    assert.deepEqual(index.positionAt(3), { line: 1, column: 0 });
    assert.deepEqual(index.positionAt(5), { line: 1, column: 2 });
    // Between \r and \n is still the end of line 1.
    assert.deepEqual(index.positionAt(6), { line: 1, column: 2 });
    assert.deepEqual(index.positionAt(7), { line: 2, column: 0 });
    assert.deepEqual(index.positionAt(10), { line: 3, column: 0 });
    assert.deepEqual(index.positionAt(99), { line: 3, column: 2 });
    assert.deepEqual(index.positionAt(-5), { line: 0, column: 0 });
  });

  it('maps positions back to offsets, clamped to the line', () => {
    const index = new LineIndex('ab\ncd\r\nef');
    assert.equal(index.offsetAt({ line: 1, column: 1 }), 4);
    assert.equal(index.offsetAt({ line: 1, column: 40 }), 5);
    assert.equal(index.offsetAt({ line: 2, column: 0 }), 7);
    assert.equal(index.offsetAt({ line: 9, column: 0 }), 9);
    assert.equal(index.offsetAt({ line: -1, column: 3 }), 0);
  });

  it('gives each line text without its line break', () => {
    const index = new LineIndex('Mon: gym\r\nTue: run\n');
    assert.equal(index.lineCount, 3);
    assert.equal(index.lineText(0), 'Mon: gym');
    assert.equal(index.lineText(1), 'Tue: run');
    assert.equal(index.lineText(2), '');
    assert.equal(index.lineText(3), '');
  });

  it('counts columns in UTF-16 code units', () => {
    const index = new LineIndex('😀x');
    assert.deepEqual(index.positionAt(2), { line: 0, column: 2 });
  });
});

describe('position helpers', () => {
  const range = { start: { line: 1, column: 2 }, end: { line: 1, column: 8 } };

  it('compares positions by line, then column', () => {
    assert.ok(comparePositions({ line: 0, column: 9 }, { line: 1, column: 0 }) < 0);
    assert.ok(comparePositions({ line: 1, column: 3 }, { line: 1, column: 2 }) > 0);
    assert.equal(comparePositions({ line: 2, column: 2 }, { line: 2, column: 2 }), 0);
  });

  it('tells whether a position or range lies in a range', () => {
    assert.equal(rangeContains(range, { line: 1, column: 2 }), true);
    assert.equal(rangeContains(range, { line: 1, column: 8 }), true);
    assert.equal(rangeContains(range, { line: 1, column: 9 }), false);
    assert.equal(rangeContains(range, { start: { line: 1, column: 3 }, end: { line: 1, column: 8 } }), true);
    assert.equal(rangeContains(range, { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } }), false);
  });

  it('tells whether two ranges share a character', () => {
    assert.equal(rangesOverlap(range, { start: { line: 1, column: 7 }, end: { line: 1, column: 9 } }), true);
    assert.equal(rangesOverlap(range, { start: { line: 1, column: 8 }, end: { line: 1, column: 9 } }), false);
  });
});
