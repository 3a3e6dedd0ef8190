/** What "Report a problem with this" says, in English (moved into the catalogues when the Spanish version lands). */
export const REPORT_STRINGS = {
  open: 'Report a problem with this',
  openShort: 'Report a problem',
  intro: 'Think this is wrong? Send us this short report. Nothing is sent until you send it yourself.',
  email: 'Email the report',
  copy: 'Copy the report',
  copied: 'Copied.',
  copyFailed: 'Copying did not work here. Select the text above and copy it.',
  close: 'Close',
  label: 'Report text',
} as const
