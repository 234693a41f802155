import { describe, expect, it } from 'vitest';
import { csDatePhrase, formatCsDate, formatEnDate } from './format';

// Friday 25 August 2023, Thursday 24 August, Wednesday 23 August, Saturday 26 August.
const FRI = { y: 2023, m: 8, d: 25 };
const THU = { y: 2023, m: 8, d: 24 };
const WED = { y: 2023, m: 8, d: 23 };
const SAT = { y: 2023, m: 8, d: 26 };

describe('formatCsDate', () => {
  it('puts the weekday in the case of its preposition, vocalised where Czech needs it', () => {
    expect(formatCsDate(FRI, { prep: 'do' })).toBe('do pátku 25. 8. 2023');
    expect(formatCsDate(THU, { prep: 'od', year: false })).toBe('od čtvrtka 24. 8.');
    expect(formatCsDate(FRI, { prep: 'k' })).toBe('k pátku 25. 8. 2023');
    expect(formatCsDate(WED, { prep: 'k', year: false })).toBe('ke středě 23. 8.');
    expect(formatCsDate(THU, { prep: 'k', year: false })).toBe('ke čtvrtku 24. 8.');
    expect(formatCsDate(WED, { prep: 'v', year: false })).toBe('ve středu 23. 8.');
    expect(formatCsDate(FRI, { year: false })).toBe('v pátek 25. 8.');
    expect(formatCsDate(SAT, { prep: 'z', year: false })).toBe('ze soboty 26. 8.');
    expect(formatCsDate(FRI, { prep: 'z', year: false })).toBe('z pátku 25. 8.');
    expect(formatCsDate(FRI, { prep: 'po', year: false })).toBe('po pátku 25. 8.');
    expect(formatCsDate(FRI, { prep: 'před', year: false })).toBe('před pátkem 25. 8.');
    expect(formatCsDate(SAT, { prep: 'na', year: false })).toBe('na sobotu 26. 8.');
    expect(formatCsDate(FRI, { prep: 'nom' })).toBe('pátek 25. 8. 2023');
  });

  it('without a weekday keeps only the prepositions Czech needs', () => {
    expect(formatCsDate(FRI, { prep: 'do', weekday: false })).toBe('do 25. 8. 2023');
    expect(formatCsDate(FRI, { prep: 'v', weekday: false, year: false })).toBe('25. 8.');
  });
});

describe('formatEnDate', () => {
  it('writes weekday, day, month and year', () => {
    expect(formatEnDate(FRI)).toBe('Friday 25 August 2023');
    expect(formatEnDate(FRI, { prep: 'by', year: false })).toBe('by Friday 25 August');
    expect(formatEnDate(FRI, { weekday: false })).toBe('25 August 2023');
  });
});

describe('csDatePhrase', () => {
  const write = (before: string, date = FRI) => {
    const p = csDatePhrase(before, date, { year: false });
    return before.slice(0, p.start) + p.text;
  };

  it('turns the governing words into a preposition with the weekday in its case', () => {
    expect(write('Platbu uhraďte do dne ')).toBe('Platbu uhraďte do pátku 25. 8.');
    expect(write('Uzavírka platí dnem ', THU)).toBe('Uzavírka platí od čtvrtka 24. 8.');
    expect(write('Stav odpočtu ke dni ')).toBe('Stav odpočtu k pátku 25. 8.');
    expect(write('Stav ke dni ', WED)).toBe('Stav ke středě 23. 8.');
    expect(write('Voda nepoteče dne ')).toBe('Voda nepoteče v pátek 25. 8.');
    expect(write('Dne ', WED)).toBe('Ve středu 23. 8.');
    expect(write('Od ', THU)).toBe('Od čtvrtka 24. 8.');
    expect(write('Uzavřeno od dne ', THU)).toBe('Uzavřeno od čtvrtka 24. 8.');
  });

  it('adds v/ve only where no preposition stands, and the nominative at a line start', () => {
    expect(write('Voda nepoteče ')).toBe('Voda nepoteče v pátek 25. 8.');
    expect(write('')).toBe('Pátek 25. 8.');
    expect(write('Termíny:\n- ', WED)).toBe('Termíny:\n- Středa 23. 8.');
    expect(write('Kdy: ')).toBe('Kdy: pátek 25. 8.');
  });

  it('never writes "v/ve" after another preposition', () => {
    for (const before of ['do ', 'od ', 'k ', 'ke dni ', 'z ', 'po ', 'před ', 'na ', 'do dne ', 'dnem ']) {
      for (const date of [FRI, WED, THU]) expect(write(`Platí ${before}`, date)).not.toMatch(/\b(?:do|od|ke?|ze?|po|před|na) ve? /);
    }
  });
});
