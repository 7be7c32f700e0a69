/**
 * The worksheet's inline stylesheet: readable on a desktop, stacked on a phone (tables become one card per
 * row with the option labels shown), legible at 200% zoom (relative units, no fixed widths), and printed
 * without buttons, headings kept with what follows.
 */
export const HTML_STYLE = `
:root { --ink: #1a1a1a; --muted: #555; --line: #b9b9b9; --shade: #eef1f4; --accent: #1d5fa8; }
* { box-sizing: border-box; }
body { font: 1rem/1.45 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--ink); margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
.running { color: var(--muted); font-size: .85rem; display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
h1 { font-size: 1.7rem; margin: .6rem 0 .3rem; }
h2 { font-size: 1.35rem; margin: 1.6rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .45rem; vertical-align: top; text-align: left; }
th, td.shade { background: var(--shade); }
/* The scale's column heads stay in view while a long ingredient table scrolls. */
thead th { position: sticky; top: 0; z-index: 1; box-shadow: 0 1px 0 var(--line); }
td.center, th.center { text-align: center; }
td.right { text-align: right; }
textarea, input[type=text], input[type=date] { width: 100%; font: inherit; padding: .3rem; border: 1px solid #8a8a8a; border-radius: 3px; }
textarea { resize: vertical; min-height: 2.6rem; }
input[type=radio], input[type=checkbox] { width: 1.25rem; height: 1.25rem; margin: .15rem; accent-color: var(--accent); }
label.option { display: inline-flex; align-items: center; gap: .3rem; cursor: pointer; }
:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
label.option .opt { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.sr-only, .cell-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.field-block { margin: .8rem 0 1.1rem; }
.field-block label { display: block; margin-bottom: .3rem; }
.toolbar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid var(--line); padding: .6rem 1.25rem; display: flex; gap: .6rem; flex-wrap: wrap; align-items: center; }
.toolbar button { font: inherit; padding: .45rem .9rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
.toolbar button.secondary { background: #fff; color: var(--accent); }
.toolbar output { color: var(--muted); font-size: .9rem; }
.chart-row td { height: 12rem; }
@media (max-width: 700px) {
  main { padding: .6rem .7rem 5rem; }
  .toolbar { padding: .4rem .7rem; gap: .4rem; }
  .toolbar button { padding: .3rem .5rem; font-size: .9rem; }
  table, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  tr { border: 1px solid var(--line); margin-bottom: .8rem; }
  td { border: none; border-bottom: 1px solid #e3e3e3; text-align: left !important; }
  td:empty, colgroup { display: none; }
  td.center { display: inline-block; width: auto; border: none; padding: .3rem .5rem; }
  body { overflow-wrap: anywhere; }
  label.option .opt { position: static; width: auto; height: auto; clip: auto; }
  /* The column heads are hidden here, so each field shows its own label. */
  .cell-label { position: static; display: block; width: auto; height: auto; clip: auto; white-space: normal; font-size: .85rem; color: var(--muted); margin-bottom: .2rem; }
  /* A wall chart stays a table with its scale columns. */
  table.chart-table { display: table; table-layout: fixed; }
  table.chart-table thead { display: table-header-group; }
  table.chart-table tbody { display: table-row-group; }
  table.chart-table tr { display: table-row; border: none; margin: 0; }
  table.chart-table th, table.chart-table td, table.chart-table td:empty { display: table-cell; width: auto; border: 1px solid var(--line); font-size: .8rem; overflow-wrap: normal; hyphens: auto; }
}
@page { margin: 12mm; }
@media print {
  .toolbar, .no-print { display: none !important; }
  /* About the PDF worksheet's type size and spacing, so a printout takes about as many pages. */
  body { font-size: 8.5pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 15pt; margin: 0 0 .2rem; }
  h2 { font-size: 12pt; margin: .6rem 0 .3rem; }
  th, td { padding: .15rem .3rem; }
  .running { font-size: 7pt; }
  input[type=radio], input[type=checkbox] { width: .9rem; height: .9rem; margin: 0; }
  textarea { min-height: 0; }
  section.doc-section + section.doc-section { break-before: page; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  textarea { border: 1px solid #666; }
}
/* Cells heading their row (an item's number and text) read as headers but look like the other cells. */
tbody th { background: none; font-weight: normal; }
@media (max-width: 700px) {
  tbody th { display: block; width: 100%; border: none; border-bottom: 1px solid #e3e3e3; }
}
`;
