import { describe, expect, it } from 'vitest';
import { guardFormula, parseCsv, unguardFormula, writeCsv } from './csv';

describe('CSV', () => {
  it('writes a BOM, quoted fields, ";" and CRLF, and reads back exactly what it wrote', () => {
    const rows = [
      ['Žluťoučký kůň', 'a;b', 'řekl "ahoj"', 'dva\r\nřádky', ''],
      ['', ' mezera ', '😀', '\n', '"'],
    ];
    const text = writeCsv(['a', 'b', 'c', 'd', 'e'], rows);
    expect(text.startsWith('\uFEFF"a";"b";"c";"d";"e"\r\n"Žluťoučký kůň";"a;b";"řekl ""ahoj""";')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed).toEqual({ ok: true, rows: [['a', 'b', 'c', 'd', 'e'], ...rows], lines: [1, 2, 4], separator: ';' });
  });

  it('reads "," files, unquoted fields, LF line ends and skips blank lines', () => {
    expect(parseCsv('a,b\n1,"x,y"\n\n2,3\n')).toEqual({ ok: true, rows: [['a', 'b'], ['1', 'x,y'], ['2', '3']], lines: [1, 2, 4], separator: ',' });
  });

  it('reports an unterminated quote with the line it starts on', () => {
    expect(parseCsv('a;b\n1;"open\n2;3\n')).toEqual({ ok: false, problem: 'unterminatedQuote', line: 2 });
  });

  it('defuses spreadsheet formulas and restores them on import', () => {
    for (const text of ['=1+1', '+420 123', '-5 °C', '@starosta']) {
      expect(guardFormula(text)).toBe(`'${text}`);
      expect(unguardFormula(guardFormula(text))).toBe(text);
    }
    expect(guardFormula('Jarmark')).toBe('Jarmark');
    expect(unguardFormula("'ahoj'")).toBe("'ahoj'");
  });
});
