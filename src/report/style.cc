// The report's inline style sheet: laptop layout, a card layout for tables
// on phones, and a print layout. No web fonts, no external resources.
#include "report/parts.h"

namespace dossier::report {

const char kReportCss[] = R"CSS(
:root{--ink:#1d232b;--muted:#5b6673;--line:#d9dee4;--bg:#fff;--soft:#f4f6f8;
--agreed:#2f6f4f;--conflict:#a23b1d;--single:#5b6673;--changed:#2457a6;--flag:#fff3cd;--flagline:#c99a06;
--mark:#ffe58a;--link:#1f5fbf}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:var(--ink);background:var(--bg)}
a{color:var(--link)}
header.top{padding:1.5rem 1rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
.wrap{max-width:72rem;margin:0 auto}
header.top h1{margin:0 0 .25rem;font-size:1.6rem;line-height:1.2}
.sub{color:var(--muted);margin:0}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.75rem 0 0;padding:0;list-style:none}
.summary li{font-size:.95rem}.summary b{font-size:1.15rem}
nav.toc{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);
padding:.4rem 1rem;font-size:.95rem}
nav.toc .wrap{display:flex;gap:1rem;overflow-x:auto;white-space:nowrap}
nav.toc a{text-decoration:none}
main{max-width:72rem;margin:0 auto;padding:0 1rem 3rem}
section{margin-top:2rem}
h2{font-size:1.3rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem;margin:0 0 .75rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.lede{color:var(--muted);margin:.2rem 0 .8rem;font-size:.95rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;width:1%}
table.figures td.values{min-width:18rem;width:45%}
table.figures td.fig{min-width:9rem}
table.figures td.status{min-width:10.5rem}
a.flag{color:var(--ink);text-decoration:none}
table.wording{width:auto;min-width:60%}
table.wording td.hit{background:#e6eefa;font-weight:600}
.notes li:target{box-shadow:0 0 0 3px var(--flagline)}
tr.sub td:first-child{padding-left:1.6rem}
tr.sub td:first-child::before{content:"\21B3\00a0";color:var(--muted)}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:.8rem;font-size:.8rem;font-weight:600;
color:#fff;white-space:nowrap}
.st-agreed{background:var(--agreed)}.st-conflict{background:var(--conflict)}
.st-single_source{background:var(--single)}.st-changed_over_time{background:var(--changed)}
tr.conflict td{background:#fbeee9}
tr.conflated td{box-shadow:inset 0 -2px 0 var(--flagline)}
.flag{display:inline-block;background:var(--flag);border:1px solid var(--flagline);border-radius:.3rem;
padding:0 .35rem;font-size:.8rem;margin:.15rem 0}
ul.values{list-style:none;margin:0;padding:0}
ul.values li{margin:.1rem 0}
.val{font-weight:600;font-variant-numeric:tabular-nums}
.latest{font-size:.75rem;background:var(--changed);color:#fff;border-radius:.6rem;padding:0 .35rem;margin-left:.25rem}
.meta{color:var(--muted);font-size:.85rem}
.ev{font-size:.8rem;text-decoration:none;border:1px solid var(--line);border-radius:.3rem;padding:0 .25rem;
margin-right:.15rem;white-space:nowrap}
.ev:hover,.ev:focus{background:var(--soft)}
.notes{margin:.5rem 0 0;padding-left:1.2rem}
.notes li{background:var(--flag);border-left:3px solid var(--flagline);padding:.3rem .5rem;margin:.3rem 0;list-style:none}
.tl-svg{width:100%;height:auto;max-width:36rem;display:block;margin:.5rem 0 1rem}
.tl-svg text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
.tl-svg .axis{stroke:var(--line);stroke-width:2}
.tl-svg .dot{fill:var(--changed)}.tl-svg .bar{fill:#c9d7ee}
.tl-svg a:hover text,.tl-svg a:focus text{text-decoration:underline}
ol.timeline{list-style:none;margin:0;padding:0;border-left:3px solid var(--line)}
ol.timeline>li{margin:0 0 1rem;padding:0 0 0 1rem;position:relative}
ol.timeline>li::before{content:"";position:absolute;left:-.5rem;top:.45rem;width:.7rem;height:.7rem;
border-radius:50%;background:var(--changed)}
.when{font-weight:700}
.mention{margin:.3rem 0;font-size:.93rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:.2rem;vertical-align:middle;margin-right:.3rem}
blockquote{margin:.6rem 0;padding:.4rem .8rem;border-left:4px solid var(--line);background:var(--soft)}
blockquote p{margin:0 0 .3rem}
.evidence{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .7rem;margin:.5rem 0;scroll-margin-top:3rem}
.evidence:target{border-color:var(--flagline);box-shadow:0 0 0 3px var(--flag)}
.evidence p{margin:.2rem 0 0}
mark{background:var(--mark);padding:0 .1rem;border-radius:.15rem}
.back{font-size:.85rem}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding:1rem;text-align:center}
@media (max-width:40rem){
body{font-size:15px}
header.top h1{font-size:1.3rem}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards thead{display:none}
table.cards tr{border:1px solid var(--line);border-radius:.4rem;margin:0 0 .7rem;padding:.3rem .2rem}
table.cards td{border:0;padding:.2rem .5rem}
table.cards td.num{text-align:left;display:inline-block;width:auto;padding-right:1rem}
table.cards td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted);
font-size:.8rem;text-transform:uppercase}
tr.sub td:first-child{padding-left:.5rem}
}
@media print{
nav.toc,.back{display:none}
body{font-size:11pt}
main{max-width:none;padding:0}
a{color:inherit;text-decoration:none}
section{break-inside:auto}
tr,.evidence,blockquote,ol.timeline>li{break-inside:avoid}
tr.conflict td{background:none}
.badge{color:#000;border:1px solid #000;background:none!important}
mark{background:none;text-decoration:underline;font-weight:600}
header.top{background:none}
}
)CSS";

}  // namespace dossier::report
