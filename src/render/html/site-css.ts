/** The site's stylesheet, inlined in every page (small, and pages stay self-contained for print). */
import { PRINT_RULES } from '../../pdf/print-css.js';

export const SITE_CSS = `
:root{--ink:#1d1d1b;--muted:#555;--line:#d6d6d6;--accent:#00546b;--accent-ink:#fff;--soft:#eef5f7;--warn:#7a4b00;--warn-bg:#fff4d6}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
a{color:var(--accent)}
a:focus,button:focus,input:focus,select:focus{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;padding:.75rem 1.5rem;background:var(--accent);color:var(--accent-ink)}
header.site .brand{color:var(--accent-ink);font-weight:700;text-decoration:none;font-size:1.1rem}
nav.main-nav{display:flex;gap:1rem;margin-right:auto;margin-left:1.5rem}nav.main-nav a{color:var(--accent-ink)}
form.search{display:flex;gap:.5rem}
nav.account-nav{display:flex;gap:1rem}nav.account-nav a{color:var(--accent-ink)}
form.form label{display:block;font-weight:600;margin:.9rem 0 .2rem}form.form .hint{color:var(--muted);font-size:.9rem;margin:.1rem 0}
form.form input[type=email],form.form input[type=password],form.form input[type=text]{padding:.45rem .6rem;border:1px solid #8a8a8a;border-radius:4px;width:min(28rem,100%);font:inherit}
form.form fieldset{border:1px solid var(--line);margin:.9rem 0;max-width:28rem}form.form button{margin-top:1rem}form.inline{display:inline}
.error{color:#a00000;font-weight:600}nav.admin-nav{display:flex;gap:1rem;margin:.5rem 0 1rem}
form.search input{padding:.45rem .6rem;border:1px solid #8a8a8a;border-radius:4px;min-width:14rem;font:inherit}
button,.button{padding:.45rem .9rem;border:0;border-radius:4px;background:#1d1d1b;color:#fff;font:inherit;cursor:pointer}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.875rem;padding:1rem 1.5rem;max-width:72rem;margin:2rem auto 0}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.4rem;margin:2.5rem 0 .5rem;padding-top:.5rem;border-top:3px solid var(--accent)}
h3{font-size:1.1rem;margin:1.5rem 0 .25rem}
.lead{font-size:1.15rem;max-width:48rem}
.meta{color:var(--muted);font-size:.95rem}
.note{background:var(--soft);border-left:4px solid var(--accent);padding:.5rem .75rem;max-width:48rem}
.hero{padding:2rem 0}.hero form.search input{min-width:20rem;font-size:1.1rem}
.controls{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;margin:1rem 0;padding:.75rem;background:#f6f6f6;border-radius:6px}
.controls label{display:block;font-size:.85rem;color:var(--muted)}
.controls select{font:inherit;padding:.3rem}
nav.toc ol{columns:2;max-width:40rem}
.block{margin:1.5rem 0 2rem;break-inside:avoid}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;font-variant-numeric:tabular-nums;min-width:32rem}
caption{text-align:left;font-weight:700;font-size:1.05rem;padding:.25rem 0 .5rem}
th,td{padding:.3rem .6rem;border-bottom:1px solid var(--line)}
thead th{background:#f2f2f2;text-align:right;font-weight:600;vertical-align:bottom}
thead th.area{text-align:center;border-left:2px solid #fff}
tbody th{text-align:left;font-weight:400}
td{text-align:right}
th.area-start,table.rel td:nth-of-type(odd),table.abs td{border-left:2px solid var(--line)}
table.rel td:nth-of-type(-n+2),table.abs td:nth-of-type(1){font-weight:600}
.def{font-size:.9rem;color:var(--muted);max-width:48rem;margin:.4rem 0 0}
td abbr{color:var(--muted);text-decoration:none}
ul.hits{list-style:none;padding:0}ul.hits li{margin:.5rem 0}
ul.columns{columns:3;list-style:none;padding:0}
.demo-banner{background:#fff4d6;border:2px solid #7a4b00;color:#3d2600;padding:.75rem 1.5rem;margin:0}
.demo-mark{white-space:nowrap;display:inline-block;background:#7a4b00;color:#fff;font-size:.75rem;padding:.1rem .4rem;border-radius:3px;margin-left:.5rem;letter-spacing:.05em}
.block.demo table{background:repeating-linear-gradient(135deg,#fff,#fff 12px,#fffaf0 12px,#fffaf0 24px)}
.provisional{font-weight:400;font-size:.85rem;color:#7a4b00}
details.series{margin:.5rem 0}details.series summary{cursor:pointer;color:var(--accent)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;max-width:52rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
@media (max-width:40rem){nav.toc ol,ul.columns{columns:1}
.table-wrap caption{position:sticky;left:0;max-width:calc(100vw - 2rem)}
main{padding:1rem}header.site{padding:.75rem 1rem}nav.main-nav{margin-left:0}h1{font-size:1.6rem}
form.search{width:100%}form.search input,.hero form.search input{min-width:0;flex:1 1 auto;width:100%}}
ul.key-figures{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
li.key-figure{border:1px solid var(--line);border-top:4px solid var(--accent);padding:.75rem;break-inside:avoid}
li.key-figure.demo{background:repeating-linear-gradient(135deg,#fff,#fff 12px,#fffaf0 12px,#fffaf0 24px)}
.key-title{margin:0;font-size:1rem}.key-value{font-size:1.9rem;font-weight:700;margin:.2rem 0;color:var(--accent)}
.key-count{font-size:1rem;font-weight:400;color:var(--muted)}.key-period{margin:0;color:var(--muted);font-size:.85rem}
.key-unit{font-size:1rem;font-weight:600}.key-reason{font-size:.8rem;color:var(--muted);white-space:normal;display:block}
.area-note{display:block;font-weight:400;font-size:.8rem;color:var(--muted)}
.key-change{font-size:.95rem}table.key-compare{min-width:0;width:100%;font-size:.9rem}table.key-compare td{white-space:nowrap}
.summary{max-width:48rem;margin:.25rem 0 .5rem}
figure.chart{margin:.5rem 0}figure.chart img,figure.chart svg{max-width:100%;height:auto}
.chart-links{font-size:.85rem;color:var(--muted)}
details.embed-code{display:inline-block;margin-left:1rem;vertical-align:top}details.embed-code summary{cursor:pointer;color:var(--accent)}
details.embed-code[open]{display:block;margin:.4rem 0 0}details.embed-code label{display:block}
details.embed-code textarea{width:100%;max-width:40rem;font:.8rem/1.4 ui-monospace,monospace}
details.figures{margin:.5rem 0}details.figures summary{cursor:pointer;color:var(--accent)}
a.permalink{text-decoration:none;color:var(--muted);font-weight:400;font-size:.9em}
tr.subject-row th,tr.subject-row td{font-weight:700;background:var(--soft)}
.downloads{margin:.25rem 0 1rem}
.cover-kicker{font-size:1.2rem;color:var(--muted)}.cover-title{font-size:2.6rem;font-weight:700;margin:.5rem 0}
.watermark{position:fixed;top:38%;left:0;right:0;text-align:center;transform:rotate(-30deg);font-size:96pt;font-weight:700;color:rgba(122,75,0,.13);z-index:0;pointer-events:none;letter-spacing:.1em}
.cover-demo{color:#7a4b00;font-weight:700;border:2px solid #7a4b00;padding:.5rem}
nav.chapter-nav{margin:1rem 0;padding:.75rem 1rem;border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:4px}
.chapter-nav-title{font-size:1.1rem;margin:0 0 .4rem;padding:0;border:0}
ul.chapter-list{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
ul.chapter-list a[aria-current]{font-weight:700;color:var(--ink);text-decoration:none;border-bottom:3px solid var(--accent)}
a.pdf-link:focus::after,a.pdf-link:active::after{content:" – PDF wordt gemaakt…";color:var(--muted);animation:pdf-wait 10s forwards}
@keyframes pdf-wait{0%,90%{opacity:1}100%{opacity:0}}
body.print .cover{min-height:240mm}
@media (min-width:40rem){.cover{padding:2rem 0}}
form.dashboard-form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:1rem 0}
form.dashboard-form fieldset{border:1px solid var(--line);padding:.5rem .75rem;margin:0;display:flex;flex-wrap:wrap;gap:.5rem;min-width:0;max-width:100%}
form.dashboard-form legend{font-weight:700}form.dashboard-form .field{display:flex;flex-direction:column;min-width:0;max-width:100%}
form.dashboard-form select{max-width:100%}form.dashboard-form label{font-size:.9rem}
nav.view-tabs ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:1rem 0}
nav.view-tabs a{display:inline-block;padding:.3rem .8rem;border:1px solid var(--accent);border-radius:3px}
nav.view-tabs a[aria-current=page]{background:var(--accent);color:var(--accent-ink)}
ul.downloads{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0}
figure.dashboard-chart{max-width:100%;overflow:hidden}#dashboard-chart-island{max-width:100%;overflow:hidden}
@media print{
${PRINT_RULES}
a.permalink,.chart-links,.downloads{display:none}
}
`;
