"""The cost curve: each staff operation's time against the number of submissions, log-log, as a
small SVG (no plotting library), from B5's records in `latest.json`.

`python -m benchmarks.plot` redraws `results/cost-curve.svg` from `results/latest.json`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

RESULTS: Final = Path(__file__).resolve().parent / "results"
WIDTH, HEIGHT = 760, 470
LEFT, RIGHT, TOP, BOTTOM = 70, 250, 20, 50
COLOURS: Final = (
    "#0b5394",
    "#a61b1b",
    "#1e6b33",
    "#7a4d00",
    "#6a1b9a",
    "#00838f",
    "#5d4037",
    "#c2185b",
    "#455a64",
    "#9e9d24",
)


def curves(records: Sequence[dict[str, Any]]) -> dict[tuple[str, str], list[tuple[int, float]]]:
    """(operation, store) → [(submissions, milliseconds)], from B5's records with a figure."""
    found: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for r in records:
        if r.get("bench") != "B5" or r.get("intake") is None or r.get("size") is None:
            continue
        ms = float(r["intake"]) * (1000.0 if r["unit"] == "s" else 1.0)
        found.setdefault((r["operation"], r["store"]), []).append((int(r["size"]), ms))
    return {key: sorted(points) for key, points in sorted(found.items())}


def _ticks(low: float, high: float) -> list[float]:
    return [10.0**e for e in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)]


def svg(lines: dict[tuple[str, str], list[tuple[int, float]]]) -> str:
    """The curves as an SVG document: x = submissions, y = ms, both logarithmic."""
    xs = [x for points in lines.values() for x, _ in points] or [1000, 100_000]
    ys = [y for points in lines.values() for _, y in points] or [1.0, 1000.0]
    x_ticks, y_ticks = _ticks(min(xs), max(xs)), _ticks(max(min(ys), 0.1), max(ys))
    x0, x1 = math.log10(x_ticks[0]), math.log10(x_ticks[-1])
    y0, y1 = math.log10(y_ticks[0]), math.log10(y_ticks[-1])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return LEFT + (math.log10(x) - x0) / ((x1 - x0) or 1) * plot_w

    def py(y: float) -> float:
        return TOP + plot_h - (math.log10(max(y, 0.1)) - y0) / ((y1 - y0) or 1) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>',
    ]
    for t in x_ticks:
        out.append(
            f'<line x1="{px(t):.1f}" y1="{TOP}" x2="{px(t):.1f}" y2="{TOP + plot_h}" '
            'stroke="#ddd"/>'
            f'<text x="{px(t):.1f}" y="{TOP + plot_h + 16}" text-anchor="middle">{t:,.0f}</text>'
        )
    for t in y_ticks:
        label = f"{t:,.0f}" if t >= 1 else f"{t:g}"
        out.append(
            f'<line x1="{LEFT}" y1="{py(t):.1f}" x2="{LEFT + plot_w}" y2="{py(t):.1f}" '
            'stroke="#ddd"/>'
            f'<text x="{LEFT - 6}" y="{py(t) + 4:.1f}" text-anchor="end">{label}</text>'
        )
    out.append(
        f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 12}" text-anchor="middle">'
        "submissions (log)</text>"
        f'<text x="16" y="{TOP + plot_h / 2}" text-anchor="middle" '
        f'transform="rotate(-90 16 {TOP + plot_h / 2})">'
        "ms: pages p95 server time, downloads to last byte (log)</text>"
    )
    for n, ((operation, store), points) in enumerate(lines.items()):
        colour = COLOURS[(n // 2) % len(COLOURS)]
        dash = ' stroke-dasharray="5 3"' if store == "PostgreSQL" else ""
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in points)
        out.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'
        )
        out += [
            f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{colour}"/>' for x, y in points
        ]
        ly = TOP + 14 + n * 16
        out.append(
            f'<line x1="{WIDTH - RIGHT + 12}" y1="{ly - 4}" x2="{WIDTH - RIGHT + 36}" '
            f'y2="{ly - 4}" stroke="{colour}" stroke-width="2"{dash}/>'
            f'<text x="{WIDTH - RIGHT + 42}" y="{ly}">{escape(operation)} ({escape(store)})</text>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def draw(records: Sequence[dict[str, Any]], path: Path) -> None:
    """Write the cost curve of `records` to `path`."""
    path.write_text(svg(curves(records)), "utf-8")


if __name__ == "__main__":
    draw(json.loads((RESULTS / "latest.json").read_text("utf-8")), RESULTS / "cost-curve.svg")
