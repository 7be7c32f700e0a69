/**
 * The report's inline stylesheet: one column on a phone (tables become labelled cards), a grid of
 * ingredient cards on a desktop, and print without navigation, each main section on a new page, colours kept.
 */
export const REPORT_STYLE = `
:root { --ink: #1a1a1a; --muted: #555; --line: #c4c4c4; --shade: #eef1f4; --accent: #1d5fa8; }
* { box-sizing: border-box; }
body { font: 1rem/1.45 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
header.report-head p { margin: .2rem 0; color: var(--muted); }
h1 { font-size: 1.7rem; margin: .6rem 0 .3rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
h4 { font-size: 1rem; margin: .9rem 0 .3rem; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; list-style: none; margin: .6rem 0; }
nav.toc a { color: var(--accent); }
.muted { color: var(--muted); }
.warning { border-left: 4px solid #c77700; padding: .3rem .6rem; background: #fff6e5; }
dl.figures { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .6rem 0 1rem; }
dl.figures div { min-width: 7rem; }
dl.figures dt { font-size: .85rem; color: var(--muted); }
dl.figures dd { margin: 0; font-size: 1.3rem; font-weight: bold; }
dl.figures.compact { gap: .3rem 1.2rem; margin: .3rem 0 .5rem; }
.overview .chart-figure { margin: .5rem 0; }
dl.figures.compact dd { font-size: 1.1rem; }
.chart-figure { margin: .5rem 0 1rem; }
.chart-figure figcaption { color: var(--muted); font-size: .85rem; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
svg.means-chart, svg.comparison-chart { max-width: 32rem; }
svg .change-line { stroke: var(--accent); stroke-width: 3; opacity: .5; }
svg .before-dot { fill: #fff; stroke: var(--accent); stroke-width: 2; }
svg .now-dot { fill: var(--accent); }
svg.ingredient-chart { max-width: 36rem; margin: .3rem 0; }
svg.spread-plot { width: 14rem; max-width: 100%; }
svg .track { fill: var(--shade); }
svg .tick, svg .axis { stroke: #8a8a8a; stroke-width: 1; }
svg .bar-mean { fill: var(--accent); }
svg .bar-segment { stroke: #fff; stroke-width: 1; }
svg .bar-segment.unanswered { stroke: #8a8a8a; stroke-dasharray: 3 2; }
svg .spread-range { stroke: var(--accent); stroke-width: 4; stroke-linecap: round; opacity: .45; }
svg .spread-dot { fill: var(--accent); fill-opacity: .75; stroke: #fff; stroke-width: 1; }
svg .spread-median { fill: #f2a900; stroke: #1a1a1a; stroke-width: 1; }
svg text { font-size: 11px; fill: var(--ink); }
svg .tick-label { font-size: 10px; fill: var(--muted); }
svg .axis-label { font-size: 11px; fill: var(--muted); }
svg .value-label { font-size: 12px; font-weight: bold; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .value-label[fill] { stroke: none; }
svg .bar-title { font-size: 12px; }
svg .count-label { font-size: 11px; font-weight: bold; }
ul.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; margin: .4rem 0 .8rem; font-size: .9rem; }
ul.legend li { display: inline-flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border: 1px solid #8a8a8a; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem .8rem; }
.card h3 { margin-top: .2rem; }
.card ul.extremes { list-style: none; padding: 0; margin: .2rem 0; }
ul.extremes li { display: grid; grid-template-columns: 1.6rem 1fr auto; gap: .5rem; padding: .15rem 0; border-bottom: 1px solid #ececec; }
ul.extremes .item-number { color: var(--muted); text-align: right; }
ul.extremes .item-mean { font-weight: bold; font-variant-numeric: tabular-nums; }
dl.figures dd.small { font-size: 1rem; font-weight: normal; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: var(--shade); }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.plot { width: 15rem; }
td.rating, th.rating { width: 11rem; }
.level { display: inline-block; padding: .05rem .45rem; border-radius: 3px; border: 1px solid #8a8a8a; white-space: nowrap; }
table.plan, table.actions { table-layout: fixed; }
table.plan th:nth-child(1) { width: 17%; }
table.plan th:nth-child(3) { width: 19%; }
table.plan th:nth-child(4) { width: 8.5rem; }
table.plan th:nth-child(5) { width: 13%; }
table.actions th:nth-child(1) { width: 9.5rem; }
table.actions th:nth-child(3) { width: 32%; }
.overview { display: grid; grid-template-columns: minmax(0, 30rem) minmax(0, 1fr); gap: 1rem 2.5rem; align-items: start; }
.overview dl.figures { display: grid; grid-template-columns: repeat(2, minmax(8rem, 1fr)); margin-top: .5rem; }
ul.evidence li, .reflections li, .reflections p.answer { white-space: pre-line; }
ul.evidence { margin: .3rem 0 0; padding-left: 1.1rem; color: var(--muted); font-size: .9rem; }
.star { color: #b8860b; }
ol.to-discuss > li { margin-bottom: .7rem; }
ol.to-discuss p { margin: .1rem 0; }
.discuss { display: grid; grid-template-columns: minmax(0, 1fr) 14rem; gap: .3rem 1.5rem; align-items: center; }
.item-ref { font-weight: bold; }
ul.ratings { display: flex; flex-wrap: wrap; gap: .1rem 1rem; padding: 0; margin: .1rem 0; list-style: none; font-size: .9rem; }
footer.report-foot { margin-top: 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; overflow-wrap: anywhere; }
@media (max-width: 700px) {
  main { padding: .6rem .7rem 2rem; }
  body { overflow-wrap: anywhere; }
  h1 { font-size: 1.4rem; }
  table, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  tr { border: 1px solid var(--line); border-radius: 4px; margin-bottom: .7rem; }
  td { border: none; border-bottom: 1px solid #e6e6e6; }
  td.num { text-align: left; }
  td.plot, td.rating { width: 100%; }
  td[data-label]::before { content: attr(data-label); display: block; font-size: .8rem; color: var(--muted); }
  td.num { display: flex; gap: .6rem; align-items: baseline; white-space: normal; }
  td.num::before { display: inline; min-width: 6rem; }
  .overview, .discuss { grid-template-columns: minmax(0, 1fr); }
  td:last-child { border-bottom: none; }
}
@media print {
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  nav.toc { display: none; }
  main { max-width: none; padding: 0; }
  section > h2 { break-before: page; }
  section#summary > h2 { break-before: auto; }
  .card, tr, ol.to-discuss > li, svg { break-inside: avoid; }
  thead { display: table-header-group; }
  body { font-size: 9.5pt; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .6rem; }
  .table-wrap { overflow: visible; }
}
`;
