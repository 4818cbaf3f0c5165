namespace Dateline.Web.Pages;

/// <summary>The one stylesheet, served from /static/site.css (no build step, nothing from a CDN).</summary>
internal static class SiteCss
{
    public const string Text = """
:root{--ink:#1d232a;--muted:#5f6b76;--line:#d9dee3;--bg:#fbfbfa;--accent:#0b5cad;--per:#fde2b8;--org:#d3e4fb;--place:#d6f0d8;--other:#ece1f7;--time:#fff3a3}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:#fff}
.brand{font-weight:700;font-size:1.2rem;color:var(--ink);text-decoration:none;letter-spacing:.02em}
nav{display:flex;gap:1rem}nav a{color:var(--accent);text-decoration:none}
form.search{display:flex;gap:.4rem;flex:1 1 16rem;max-width:32rem}
form.search input{flex:1;padding:.35rem .5rem;border:1px solid var(--line);border-radius:4px;font:inherit}
button,.button{padding:.35rem .8rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;font:inherit;cursor:pointer;text-decoration:none}
main{max-width:60rem;margin:0 auto;padding:1rem}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:2rem 1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:var(--accent)}
.meta{color:var(--muted);font-size:.9rem}
ol.list,ul.list{list-style:none;padding:0;margin:0}
.list li{padding:.6rem 0;border-bottom:1px solid var(--line)}
.list .title{font-weight:600;font-size:1.05rem}
.copies{font-size:.85rem;color:var(--muted)}
article.reader p{margin:0 0 1rem}
.ent{border-radius:3px;padding:0 .1em;color:inherit;text-decoration:none;border-bottom:1px solid #0003}
.ent-person{background:var(--per)}.ent-organisation{background:var(--org)}.ent-place{background:var(--place)}.ent-other{background:var(--other)}
mark.time{background:var(--time);border-bottom:1px dotted #8a7300}
.cite{background:#e8f1fb;outline:1px solid #b8d3f0}
.cite:target{background:#ffe08a;outline:2px solid #c98a00}
.legend span{display:inline-block;margin-right:.8rem;font-size:.85rem}
.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em;border-radius:2px}
.lg-person{background:var(--per)}.lg-organisation{background:var(--org)}.lg-place{background:var(--place)}.lg-time{background:var(--time)}
aside.captions{border-left:3px solid var(--line);padding:.2rem 1rem;color:var(--muted);margin:1.5rem 0}
.removed{color:#8a9299;background:#f1f2f3;padding:.3rem .5rem;margin:.3rem 0;border-radius:4px;font-size:.9rem}
.removed .why{font-style:italic}
blockquote{margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid var(--accent);background:#fff}
.chart{width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:6px}
.chart text{font:11px system-ui,sans-serif}
.pager{display:flex;gap:1rem;margin:1rem 0}
.snippet{color:var(--muted)}.snippet mark{background:var(--time);color:var(--ink)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.empty{color:var(--muted);font-style:italic}
.list li li{padding:.05rem 0;border-bottom:0}
ul.members,ul.participants,ul.disagree,ul.spellings,ul.history{margin:.3rem 0 0;padding-left:1.2rem;font-size:.9rem}
.why{color:var(--muted);font-style:italic;font-size:.85rem}
.outlets{font-size:.9rem}
ul.disagree li{color:#8a3b00}
table.versions{border-collapse:collapse;font-size:.9rem;margin:.3rem 0}table.versions th,table.versions td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
@media (max-width:600px){body{font-size:15px}main{padding:.6rem}h1{font-size:1.3rem}header{padding:.5rem}}
""";
}
