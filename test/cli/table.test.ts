import { describe, expect, it } from 'vitest';
import { renderTable, toCsv } from '../../src/cli/table.js';

describe('renderTable', () => {
  it('aligns columns under a rule, numbers right, with no trailing spaces', () => {
    const text = renderTable(
      [{ header: 'id' }, { header: 'score', align: 'right' }, { header: 'note' }],
      [
        ['c-1', '0.83', ''],
        ['c-10', '1.00', 'één'],
      ],
    );
    expect(text).toBe(['id    score  note', '----  -----  ----', 'c-1    0.83', 'c-10   1.00  één'].join('\n'));
  });
});

describe('toCsv', () => {
  it('quotes only what needs quoting (RFC 4180)', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [1, undefined],
          [' pad', 'line\nbreak'],
        ],
      ),
    ).toBe('a,b\n"x,y","say ""hi"""\n1,\n" pad","line\nbreak"');
  });
});
