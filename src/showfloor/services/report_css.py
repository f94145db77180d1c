"""The debrief page's two stylesheets: the browser's, and the subset Qt's QTextDocument
reads for the PDF (``render_html(for_qt=True)`` picks it)."""

from __future__ import annotations

BROWSER_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; color: #1f2937;
  font: 15px/1.55 "Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 2rem; margin: .1rem 0 .3rem; line-height: 1.2; }
h2 { font-size: 1.35rem; margin: 2.4rem 0 .8rem; padding-bottom: .3rem;
  border-bottom: 2px solid #0f766e; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; color: #0f766e; break-after: avoid; }
p { margin: .4rem 0; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; color: #0f766e;
  font-weight: 600; margin: 0; }
.meta, .muted, .empty { color: #6b7280; }
.empty { font-style: italic; }
nav ol { columns: 2; padding-left: 1.2rem; margin: .6rem 0 0; }
nav a { color: #0f766e; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .38rem .55rem;
  border-bottom: 1px solid #e5e7eb; }
th { background: #f3f4f6; font-weight: 600; border-bottom: 1px solid #d1d5db; }
tr { break-inside: avoid; }
table.stats td { border: none; background: #f0fdfa; text-align: center; padding: .7rem .4rem;
  width: 20%; }
table.stats td + td { border-left: 4px solid #fff; }
.stat { display: inline-block; font-size: 1.9rem; font-weight: 700; color: #0f766e;
  line-height: 1.1; }
table.charts td { border: none; padding: .2rem .4rem 1rem 0; width: 50%; }
table.charts td[colspan] { width: auto; }
.chart-title { font-weight: 600; margin: 0 0 .3rem; }
svg { max-width: 100%; height: auto; }
.insight { margin: .2rem 0 .9rem; break-inside: avoid; }
.point { font-weight: 600; margin: 0; }
.count { display: inline-block; min-width: 1.7rem; text-align: center; color: #fff;
  background: #0f766e; border-radius: .8rem; padding: 0 .45rem; margin-right: .45rem;
  font-size: .85rem; }
ul.quotes { margin: .2rem 0 0 2.15rem; padding: 0; list-style: none; }
ul.quotes li { margin: .15rem 0; color: #374151; }
.who { color: #6b7280; font-size: .9rem; }
.why { margin: .15rem 0 0 2.15rem; color: #6b7280; font-size: .82rem; font-style: italic; }
.done { color: #15803d; font-weight: 600; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .8rem;
  font-weight: 600; color: #fff; }
.nocontact { color: #b91c1c; font-weight: 600; font-size: .85rem; }
.contact { font-size: .88rem; }
footer { margin-top: 3rem; color: #9ca3af; font-size: .8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { margin-top: 1.6rem; }
  a { color: inherit; text-decoration: none; }
}
"""

# QTextDocument's CSS: no selectors beyond element/class, no inline-block, no
# border-radius; sizes in pt print the same on any paint device.
QT_CSS = """
body { color: #1f2937; font-size: 9.5pt; }
h1 { font-size: 22pt; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 14pt; color: #0f766e; margin-top: 20pt; margin-bottom: 6pt; }
h3 { font-size: 11pt; color: #374151; margin-top: 12pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 2pt; }
li { margin-bottom: 1pt; }
.kicker { color: #0f766e; font-size: 8pt; font-weight: bold; }
.meta { color: #4b5563; font-size: 10.5pt; margin-bottom: 8pt; }
.contact { font-size: 8.5pt; }
.muted, .who, .empty { color: #6b7280; }
.empty { font-style: italic; }
table.data { border-collapse: collapse; margin-bottom: 6pt; }
table.data th { background-color: #e6f2f1; font-weight: bold; text-align: left; color: #134e4a; }
table.data td { border-bottom: 1px solid #e5e7eb; }
td.statcell { background-color: #f0fdfa; text-align: center; color: #374151; }
.stat { font-size: 20pt; font-weight: bold; color: #0f766e; }
.chart-title { font-weight: bold; margin-top: 8pt; }
.point { font-weight: bold; margin-top: 7pt; margin-bottom: 1pt; }
.count { color: #ffffff; background-color: #0f766e; font-weight: bold; }
ul.quotes { margin-top: 0; margin-bottom: 3pt; }
.badge { color: #ffffff; font-weight: bold; }
.nocontact { color: #b91c1c; font-weight: bold; }
.why { color: #6b7280; font-size: 8pt; font-style: italic; margin-left: 18pt; }
.done { color: #15803d; font-weight: bold; }
"""
