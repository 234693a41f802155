import { describe, expect, it } from 'vitest';
import { decodeEntities, dropPageFurniture, htmlToText, looksLikeHtml, normalizeInput } from './clean';

describe('htmlToText', () => {
  it('keeps the text, turns blocks into lines and list items into bullets', () => {
    const html = '<h1>Uzavírka</h1><p>Ulice <b>Husova</b> bude zavřená.</p><ul><li>Od 8:00</li><li>Do 14:00</li></ul>';
    expect(htmlToText(html).trim().split('\n').filter(Boolean)).toEqual(['Uzavírka', 'Ulice Husova bude zavřená.', '• Od 8:00', '• Do 14:00']);
  });

  it('drops scripts, styles, comments, navigation and attributes (nothing runs, nothing loads)', () => {
    const html =
      '<nav><a href="/">Úvod</a></nav><script>alert("x")</script><style>p{}</style><!-- tajné --><p title="a > b" onclick="x()">Text</p><img src="https://x.invalid/t.png" onerror="alert(1)">';
    expect(htmlToText(html).trim()).toBe('Text');
  });

  it('decodes named, decimal and hex entities, and leaves unknown ones as typed', () => {
    expect(decodeEntities('z&nbsp;důvodu &ndash; 8&#58;00 &#x2014; &scaron;&Rcaron; &bogus;')).toBe('z\u00a0důvodu – 8:00 — šŘ &bogus;');
    expect(decodeEntities('&#0;&#xD800;')).toBe('\ufffd\ufffd');
  });

  it('turns table rows into bullet lines (cells joined by commas) and drops a header row of words', () => {
    const html = '<p>Stanoviště:</p><table><tr><th>Místo</th><th>Čas</th></tr><tr><td>Lhota – náves</td><td></td><td>8:00–8:30</td></tr><tr><td>Horní Ves<td>9:00</table><p>Konec.</p>';
    expect(normalizeInput(html)).toBe('Stanoviště:\n\n• Lhota – náves, 8:00–8:30\n• Horní Ves, 9:00\n\nKonec.');
    // A header row with a date stays.
    expect(normalizeInput('<table><tr><th>Svoz 4. 5.</th></tr><tr><td>Lipová</td></tr></table>')).toBe('• Svoz 4. 5.\n• Lipová');
  });

  it("drops a page's own footer, but not a footer inside the article", () => {
    expect(normalizeInput('<main><p>Text.</p></main><footer>© Město</footer>')).toBe('Text.');
    expect(normalizeInput('<article><p>Text.</p><footer>Kontakt: 583 111 222</footer></article>')).toBe('Text.\n\nKontakt: 583 111 222');
  });

  it('survives unclosed tags and comments', () => {
    expect(htmlToText('<p>Ahoj <b>světe').trim()).toBe('Ahoj světe');
    expect(htmlToText('<p>Ahoj</p><!-- nikdy nekončí').trim()).toBe('Ahoj');
    expect(htmlToText('<p>Ahoj</p><script>neskončí').trim()).toBe('Ahoj');
  });
});

describe('normalizeInput', () => {
  it('recognises markup but not a "<" in prose', () => {
    expect(looksLikeHtml('<p>ahoj</p>')).toBe(true);
    expect(looksLikeHtml('cena < 500 Kč a teplota > 0')).toBe(false);
    expect(normalizeInput('cena < 500 Kč')).toBe('cena < 500 Kč');
  });

  it('unifies line ends, removes soft hyphens and zero-width spaces but keeps emoji joiners and no-break spaces', () => {
    const family = '👨\u200d👩\u200d👧';
    const out = normalizeInput(`z dů\u00advodu\u200b opravy\r\n\r\n\r\n\r\n12.\u00a03. ${family}`);
    expect(out).toBe(`z důvodu opravy\n\n12.\u00a03. ${family}`);
  });

  it('gives an empty string for whitespace and non-strings', () => {
    expect(normalizeInput('  \n\t  ')).toBe('');
    expect(normalizeInput(undefined as unknown as string)).toBe('');
  });

  it('is linear: 1 MB of nested, unclosed markup takes well under a second', () => {
    const html = '<div><p>a &amp; b '.repeat(60_000);
    const t = performance.now();
    const out = htmlToText(html);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(out.includes('a & b')).toBe(true);
  });
});

describe('dropPageFurniture', () => {
  it("drops publication dates and copyright lines, not a notice's own date lines", () => {
    expect(dropPageFurniture('Svoz odpadu\n\nZveřejněno: 2. 3. 2026\nAktualizováno 3.\u00a03.\u00a02026 10:15\n\nSvoz bude 9. 3.\n© Obec Lhota\nDatum: 9. 3. 2026')).toBe(
      'Svoz odpadu\n\nSvoz bude 9. 3.\nDatum: 9. 3. 2026',
    );
    expect(dropPageFurniture('Posted on 2/3/2026\nClosed on 9 March.')).toBe('Closed on 9 March.');
  });
});

describe('cleanNotice: the clean stage', () => {
  it('drops the furniture of a real town page (https://ouzleby.cz/?COVID-19, excerpt)', async () => {
    const { cleanNotice } = await import('./clean');
    // As the page reads when copied: menu, text-version links, coat of arms, breadcrumb, logo.
    const page = [
      'Textová verze | Mapa webu | Rejstřík',
      'znak obce',
      'Obec Žleby',
      '',
      '☰ MenuÚvod »Obecní úřad »Samospráva »Organizace a spolky »O obci »Ostatní »',
      '',
      'Onemocnění Koronavirus (COVID-19)',
      '',
      'logo MZČR',
      '',
      'Onemocnění COVID-19 je způsobeno novým typem koronaviru s odborným označením SARS-CoV-2.',
      '',
      'Jak se registrovat?',
      '',
      ' • vyplnit on-line registrační formulář na https://crs.uzis.cz',
      ' • lze ji provést i telefonicky prostřednictvím pracovníků linky podpory 1221',
    ].join('\n');
    const clean = cleanNotice(page);
    expect(clean).not.toMatch(/Textová verze|znak obce|Menu|logo MZČR/);
    expect(clean).toContain('Onemocnění Koronavirus (COVID-19)');
    expect(clean).toContain('• vyplnit on-line registrační formulář na https://crs.uzis.cz\n• lze ji provést');
  });

  it('drops breadcrumbs, counters, share, cookie and search bars, "Zpět na výpis", image placeholders', async () => {
    const { cleanNotice } = await import('./clean');
    const page = [
      'Drobečková navigace',
      'Úvod > Obec > Aktuality',
      'Vyhledat',
      'Přerušení dodávky vody',
      'Vloženo: 3. 4. 2026 / Zobrazeno 412×',
      'image',
      'Dne 12. 4. nepoteče voda v ulici Husova.',
      'Sdílet: Facebook | X | Tisk',
      'Tento web používá soubory cookie. Souhlasíte s jejich použitím?',
      'Přijmout vše',
      'Zpět na výpis',
    ].join('\n');
    expect(cleanNotice(page)).toBe('Přerušení dodávky vody\nDne 12. 4. nepoteče voda v ulici Husova.');
  });

  it('keeps prose that only looks like furniture', async () => {
    const { cleanNotice } = await import('./clean');
    const text = 'Na jarmarku budou i domácí cookies a perníčky.\nTisk pozvánek zajistí obec.\nZpět do školy v pondělí 1. 9.';
    expect(cleanNotice(text)).toBe(text);
  });

  it('joins a paragraph split mid-sentence (https://aperio.cz/clanky/uz-nejsme-partneri-ale-rodici-zustavame-i-nadale) and hard-wrapped lines', async () => {
    const { cleanNotice } = await import('./clean');
    expect(cleanNotice('Ocitli jste se ve složité\n\nživotní situaci?\n\nNejste na to sami.')).toBe('Ocitli jste se ve složité životní situaci?\n\nNejste na to sami.');
    expect(cleanNotice('Z důvodu opravy vodovodu bude\npřerušena dodávka vody\nv ulici Husova.')).toBe('Z důvodu opravy vodovodu bude přerušena dodávka vody v ulici Husova.');
  });

  it('keeps numbered and bulleted lists as lists, and headings apart', async () => {
    const { cleanNotice } = await import('./clean');
    const text = 'Program:\n1. zahájení\n2. rozpočet obce\n3. diskuse\n\nDatum konání:\n8.7.2015';
    expect(cleanNotice(text)).toBe(text);
  });

  it('never throws, and reads markup like normalizeInput', async () => {
    const { cleanNotice } = await import('./clean');
    expect(cleanNotice('')).toBe('');
    expect(cleanNotice(undefined as unknown as string)).toBe('');
    expect(cleanNotice('<p>Voda <b>nepoteče</b></p><nav>Úvod</nav>')).toBe('Voda nepoteče');
  });
});
