import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/ui/i18n';
import { classifyDbError, type OpenResult } from '@/utils/db/db';
import { DbGate } from './DbGate';

const wrap = (ui: React.ReactNode, lang: 'cs' | 'en' = 'cs') => render(<I18nProvider lang={lang}>{ui}</I18nProvider>);

describe('DbGate', () => {
  it('renders its children once the database is open', async () => {
    wrap(<DbGate open={async () => ({ ok: true })}><p>data view</p></DbGate>);
    expect(await screen.findByText('data view')).toBeTruthy();
  });

  it('explains a blocked database instead of rendering a blank view', async () => {
    wrap(
      <DbGate open={async () => ({ ok: false, problem: 'unavailable', detail: 'InvalidStateError: private mode' })}>
        <p>data view</p>
      </DbGate>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nelze otevřít místní databázi');
    expect(alert.textContent).toContain('anonymním okně');
    expect(alert.textContent).toContain('InvalidStateError: private mode');
    expect(screen.queryByText('data view')).toBeNull();
  });

  it('speaks the admin language', async () => {
    wrap(<DbGate open={async () => ({ ok: false, problem: 'quota', detail: 'x' })}>child</DbGate>, 'en');
    expect((await screen.findByRole('alert')).textContent).toContain('out of space');
  });

  it('renders nothing in silent mode (header widgets)', async () => {
    const open = vi.fn(async () => ({ ok: false as const, problem: 'unknown' as const, detail: 'x' }));
    const { container } = wrap(
      <DbGate fallbackSilent open={open}>
        child
      </DbGate>,
    );
    await act(async () => {
      await open.mock.results[0]!.value;
    });
    expect(open).toHaveBeenCalled();
    expect(container.textContent).toBe('');
  });
});

describe('DbGate, more than one', () => {
  it('opens once per page: a gate mounted later (a tab switch) shows its children at once', async () => {
    const open = vi.fn(async () => ({ ok: true as const }));
    const first = wrap(<DbGate open={open}><p>first</p></DbGate>);
    expect(await screen.findByText('first')).toBeTruthy();
    first.unmount();
    wrap(<DbGate open={open}><p>second</p></DbGate>);
    expect(screen.getByText('second')).toBeTruthy(); // no "Loading…" in between
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('tries a failed open again when another gate mounts', async () => {
    const open = vi.fn<() => Promise<OpenResult>>(async () => ({ ok: false, problem: 'quota', detail: 'x' }));
    const first = wrap(<DbGate open={open}>child</DbGate>, 'en');
    await screen.findByRole('alert');
    first.unmount();
    open.mockImplementation(async () => ({ ok: true }));
    wrap(<DbGate open={open}><p>data view</p></DbGate>);
    expect(await screen.findByText('data view')).toBeTruthy();
    expect(open).toHaveBeenCalledTimes(2);
  });
});

describe('classifyDbError', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'VersionError' }, 'newer'],
    [{ name: 'OpenFailedError', inner: { name: 'VersionError' } }, 'newer'],
    [{ name: 'MissingAPIError' }, 'unavailable'],
    [{ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } }, 'unavailable'],
    [{ name: 'DatabaseClosedError', message: 'Database has been blocked' }, 'blocked'],
    [new Error('weird'), 'unknown'],
    [null, 'unknown'],
  ])('%j → %s', (error, problem) => {
    expect(classifyDbError(error)).toBe(problem);
  });
});
