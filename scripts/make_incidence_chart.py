#!/usr/bin/env python3
"""Draw the chart "How often NETs are found" from its data file, as SVG, with its figure snippet.

Why a script: the chart must show exactly the published numbers in docs/_data/incidence.csv (where each
comes from: docs/_data/incidence.source.md), so it is drawn from that file, never by hand. The snippet
beside it (caption, alt text and a table of the same numbers) is written from the same rows, so the
picture and its words cannot disagree. Plain Python writing SVG text: nothing to install, and the
output is the same on every machine. tests/test_figures.py fails when the files are out of date.

    python -m scripts.make_incidence_chart          # rewrite the SVG and the snippet (`make figures`)
    python -m scripts.make_incidence_chart --check  # exit 1 if either differs from what the CSV makes
"""
from __future__ import annotations

import argparse
import csv
import html
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from netguide.data import load_yaml

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "docs" / "_data" / "incidence.csv"
BIBLIOGRAPHY = ROOT / "docs" / "_data" / "bibliography.yml"
SVG = ROOT / "docs" / "assets" / "figures" / "incidence.svg"
SNIPPET = ROOT / "docs" / "_data" / "figures" / "incidence-chart.md"
COLUMNS = ["chart", "label", "period", "rate_per_100000", "registry", "source"]

# The two panels, in the order drawn; each row of the CSV belongs to one.
PANELS = {
    "trend": "All NETs: how the rate grew",
    "site": "By where the tumor started",
}

# Colors that read on the chart's own white card in light and dark mode (text over 7:1, bars over 5:1).
INK, MUTED, BAR, GRID, BORDER = "#1c2b33", "#37474f", "#00796b", "#cfd8dc", "#90a4ae"
FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif'

# ----------------------------------------------------------------- the data


@dataclass(frozen=True)
class Row:
    chart: str
    label: str
    period: str
    rate: float
    registry: str
    source: str

    @property
    def rate_text(self) -> str:
        return f"{self.rate:.2f}"

    @property
    def period_text(self) -> str:
        return self.period.replace("-", "–")


class DataError(ValueError):
    """A problem in the CSV, said so a contributor who is not a programmer can fix it."""


def read_rows(path: Path = CSV) -> list[Row]:
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            raise DataError(f"{shown}: the first line must be {','.join(COLUMNS)}")
        rows = []
        for line, rec in enumerate(reader, start=2):
            if rec["chart"] not in PANELS:
                raise DataError(f"{shown}:{line}: chart must be one of {', '.join(PANELS)}, not {rec['chart']!r}")
            try:
                rate = float(rec["rate_per_100000"])
            except ValueError:
                raise DataError(f"{shown}:{line}: rate_per_100000 must be a number like 6.98, not {rec['rate_per_100000']!r}") from None
            if not rec["source"]:
                raise DataError(f"{shown}:{line}: every number needs a source key from docs/_data/bibliography.yml")
            rows.append(Row(rec["chart"], rec["label"], rec["period"], rate, rec["registry"], rec["source"]))
    return rows


def citations(rows: list[Row], bibliography: Path = BIBLIOGRAPHY) -> list[str]:
    """Short citations ("Dasari and others, 2017") for the sources the rows name, in order.

    Each is followed by its citation marker, [@key], so the page that shows the chart lists the full reference
    in its Sources (netguide/markdown/citations.py; tests/browser/test_figures.py checks it).
    """
    entries = load_yaml(bibliography) or {}
    out = []
    for key in dict.fromkeys(r.source for r in rows):
        if key not in entries:
            raise DataError(f"docs/_data/incidence.csv: unknown source key {key!r} — add it to docs/_data/bibliography.yml")
        entry = entries[key]
        first = entry["authors"].split(",")[0].split()[0]
        others = " and others" if "," in entry["authors"] else ""
        out.append(f"{first}{others}, {entry['year']} [@{key}]")
    return out


# ----------------------------------------------------------------- the SVG

WIDTH = 400
LABEL_X = 14  # bar labels sit above their bars, so long labels never squeeze the bars
BAR_X, BAR_W = 14, 336  # the scale runs from BAR_X to BAR_X + BAR_W
BAR_H = 22


def _nice_max(value: float) -> int:
    """The smallest even number at or above the largest rate: the right end of the scale."""
    top = int(value) + 1
    return top + top % 2


def _text(x: float, y: float, text: str, size: int, fill: str = INK, weight: str = "", anchor: str = "",
          halo: bool = False) -> str:
    attrs = f'x="{x:g}" y="{y:g}" font-size="{size}" fill="{fill}"'
    attrs += f' font-weight="{weight}"' if weight else ""
    attrs += f' text-anchor="{anchor}"' if anchor else ""
    # A white outline painted under the letters keeps them clear of any gridline they cross.
    attrs += ' stroke="#ffffff" stroke-width="4" paint-order="stroke"' if halo else ""
    return f"<text {attrs}>{html.escape(text, quote=False)}</text>"


def render_svg(rows: list[Row]) -> str:
    scale_max = _nice_max(max(r.rate for r in rows))
    unit = BAR_W / scale_max
    body: list[str] = []
    y = 12
    for key, title in PANELS.items():
        panel = [r for r in rows if r.chart == key]
        if not panel:
            continue
        registries = ", ".join(dict.fromkeys(r.registry for r in panel))
        periods = dict.fromkeys(r.period_text for r in panel)
        subtitle = f"{registries}, {' and '.join(periods)}" if len(periods) > 1 else f"{registries}, {next(iter(periods))}"
        body.append(_text(LABEL_X, y + 18, title, 17, INK, "bold"))
        body.append(_text(LABEL_X, y + 40, subtitle, 14, MUTED))
        y += 52
        ticks = [BAR_X + v * unit for v in range(0, scale_max + 1, 2)]
        for row in panel:
            body.append(_text(LABEL_X, y + 16, row.label if key == "site" else row.period_text, 15, INK))
            y += 22
            # Gridlines only beside the bars, so they never cross a label; then the bar and its number.
            body += [f'<path d="M{x:g} {y - 3:g}V{y + BAR_H + 3:g}" stroke="{GRID}" stroke-width="1"/>' for x in ticks]
            width = row.rate * unit
            body.append(f'<rect x="{BAR_X}" y="{y:g}" width="{width:.1f}" height="{BAR_H}" rx="3" fill="{BAR}"/>')
            body.append(_text(BAR_X + width + 6, y + 16, row.rate_text, 15, INK, "bold", halo=True))
            y += BAR_H + 10
        for v in range(0, scale_max + 1, 2):
            body.append(_text(BAR_X + v * unit, y + 15, str(v), 14, MUTED, anchor="middle" if v else "start"))
        y += 22
        body.append(_text(LABEL_X, y + 16, "new cases per 100,000 people per year", 14, MUTED))
        y += 40
    height = y
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- NET Guide figure: how often NETs are found. Drawn by scripts/make_incidence_chart.py from "
        "docs/_data/incidence.csv; do not edit by hand, run `make figures`. -->\n"
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'font-family="{html.escape(FONT)}">\n'
        f'<rect x="0.5" y="0.5" width="{WIDTH - 1}" height="{height - 1}" rx="12" fill="#ffffff" stroke="{BORDER}"/>\n'
    )
    return head + "\n".join(body) + "\n</svg>\n"


def svg_size(svg: str) -> tuple[int, int]:
    view = svg.split('viewBox="', 1)[1].split('"', 1)[0].split()
    return int(float(view[2])), int(float(view[3]))


# ----------------------------------------------------------------- the snippet


def alt_text(rows: list[Row]) -> str:
    trend = [r for r in rows if r.chart == "trend"]
    site = [r for r in rows if r.chart == "site"]
    parts = ["Bar chart of new NET diagnoses in the United States per 100,000 people per year."]
    if trend:
        parts.append("All NETs: " + " and ".join(f"{r.rate_text} in {r.period_text}" for r in trend) + ".")
    if site:
        parts.append("By where the tumor started: " + ", ".join(f"{r.label.lower()} {r.rate_text}" for r in site) + ".")
    return " ".join(parts)


def render_snippet(rows: list[Row], svg: str, cites: list[str]) -> str:
    width, height = svg_size(svg)
    trend = [r for r in rows if r.chart == "trend"]
    table = ["| What the rate is for | Years | Registry | New cases per 100,000 people per year |", "| --- | --- | --- | --- |"]
    table += [f"| {'All NETs' if r.chart == 'trend' else r.label} | {r.period_text} | {r.registry} | {r.rate_text} |" for r in rows]
    years = " and ".join(r.period_text for r in trend)
    source = "; ".join(cites)
    return (
        "<!-- Figure: how often NETs are found, as a bar chart.\n"
        "     Included by docs/understanding/index.md (one line: --8<-- \"figures/incidence-chart.md\"); a page that shows it\n"
        f"     cites {', '.join(dict.fromkeys(r.source for r in rows))} in its caption, so the page's Sources list the full reference.\n"
        "     GENERATED by scripts/make_incidence_chart.py from docs/_data/incidence.csv: do not edit, run `make figures`. -->\n"
        '<figure class="ng-figure ng-figure--compact ng-figure--chart" markdown>\n'
        f"![{alt_text(rows)}](/assets/figures/incidence.svg){{ width=\"{width}\" height=\"{height}\" }}\n"
        f"<figcaption markdown=\"span\">How often NETs are found in the United States. The rate is the number of people found to have a NET "
        f"each year, out of every 100,000 people. The chart shows only the numbers the study printed in its text, so it "
        f"shows {years}, and not the years in between. For each body site it shows the highest yearly rate seen from "
        f"2000 to 2012. Source: {source}, from the SEER cancer registries of the US National Cancer Institute.</figcaption>\n"
        "</figure>\n"
        '<details class="ng-figure-text" markdown data-search-exclude>\n'
        "<summary>Text version of this figure</summary>\n\n"
        + "\n".join(table)
        + "\n\n</details>\n"
    )


# ----------------------------------------------------------------- command line


def outputs(csv_path: Path = CSV) -> dict[Path, str]:
    rows = read_rows(csv_path)
    svg = render_svg(rows)
    return {SVG: svg, SNIPPET: render_snippet(rows, svg, citations(rows))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files differ from what the CSV makes")
    args = parser.parse_args(argv)
    try:
        files = outputs()
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    stale = [path for path, text in files.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run `make figures`", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
