import { describe, expect, it } from 'vitest';
import { camelCaseName, suggestHashtags } from './hashtags';

describe('suggestHashtags', () => {
  it.each([
    ['Zábřeh', ['#Zábřeh', '#MěstoZábřeh']],
    ['  zábřeh ', ['#Zábřeh', '#MěstoZábřeh']],
    ['Nové Město na Moravě', ['#NovéMěstoNaMoravě', '#MěstoNovéMěstoNaMoravě']],
    ['Frýdek-Místek', ['#FrýdekMístek', '#MěstoFrýdekMístek']],
    ['Ústí nad Labem', ['#ÚstíNadLabem', '#MěstoÚstíNadLabem']],
    ['Obec Lipová', ['#Lipová', '#ObecLipová']],
    ['město Šumperk', ['#Šumperk', '#MěstoŠumperk']],
    ['Statutární město Olomouc', ['#Olomouc', '#StatutárníMěstoOlomouc']],
    ['Městys Bobrová', ['#Bobrová', '#MěstysBobrová']],
  ])('%s → %j', (town, tags) => {
    expect(suggestHashtags(town)).toEqual(tags);
  });

  it('suggests nothing for an empty name or one without letters', () => {
    expect(suggestHashtags('')).toEqual([]);
    expect(suggestHashtags('   ')).toEqual([]);
    expect(suggestHashtags('—')).toEqual([]);
  });

  it('keeps capitals the admin typed inside a word and drops punctuation and emoji', () => {
    expect(camelCaseName('McDonald & 🏰 hrad')).toBe('McDonaldHrad');
  });
});
