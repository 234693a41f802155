import type { ExportFile } from '@/utils/files/exportFile';

/** Saves an export in Downloads through a hidden link (no permission needed). */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  // The download has started by then; the URL would otherwise live as long as the panel.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
