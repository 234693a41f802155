/** A file an export makes: each feature builds its own (utils/log/export.ts, utils/templates/export.ts, utils/checklist/transfer.ts), the panel saves it (components/ui/download.ts). */
export interface ExportFile {
  fileName: string;
  type: string;
  text: string;
}
