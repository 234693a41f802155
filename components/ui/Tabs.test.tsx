import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabPanel, Tabs } from './Tabs';

function Harness() {
  const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
  return (
    <>
      <Tabs tabs={[{ id: 'a', label: 'Alfa' }, { id: 'b', label: 'Beta', badge: '2 ✗' }, { id: 'c', label: 'Gama' }]} selected={tab} onSelect={setTab} label="Sections" />
      <TabPanel id={tab}>panel {tab}</TabPanel>
    </>
  );
}

describe('Tabs', () => {
  it('has one tab stop and links tabs to the panel', () => {
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Sections');
  });

  it('moves and selects with arrows, Home and End, wrapping around', () => {
    render(<Harness />);
    const list = screen.getByRole('tablist');
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Gama');
    expect(document.activeElement?.textContent).toBe('Gama');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Alfa');
    fireEvent.keyDown(list, { key: 'End' });
    expect(screen.getByRole('tabpanel').textContent).toBe('panel c');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(screen.getByRole('tabpanel').textContent).toBe('panel a');
  });

  it('shows a badge after the label', () => {
    render(<Harness />);
    expect(screen.getAllByRole('tab')[1]!.textContent).toBe('Beta 2 ✗');
  });
});
