"""Make timeline/app/world_outline.json, the outline the dashboard's map draws (offline, no tile
server), from Natural Earth's 1:110m "Admin 0 – Countries" shapefile (public domain,
naturalearthdata.com; version 4.1.0 was used).

    python tools/make_world_outline.py path/to/ne_110m_admin_0_countries.shp

Only the .shp file is read (a polygon shapefile: each ring of each country becomes one line),
coordinates rounded to 0.1 degree, repeated points dropped. Not run by the tests or the app.
"""
from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "timeline" / "app" / "world_outline.json"
POLYGON = 5
DIGITS = 1


def rings(shp: bytes):
    """Every ring of every polygon record of a shapefile, as [(lon, lat), ...]."""
    pos = 100
    while pos + 8 <= len(shp):
        _number, words = struct.unpack(">ii", shp[pos:pos + 8])
        content = shp[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape,) = struct.unpack("<i", content[:4])
        if shape != POLYGON:
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44:44 + 4 * parts])) + [points]
        base = 44 + 4 * parts
        xy = struct.unpack(f"<{2 * points}d", content[base:base + 16 * points])
        for a, b in zip(starts, starts[1:]):
            yield [(xy[2 * i], xy[2 * i + 1]) for i in range(a, b)]


def main(path: str) -> None:
    lines = []
    for ring in rings(Path(path).read_bytes()):
        line: list[list[float]] = []
        for lon, lat in ring:
            point = [round(lon, DIGITS), round(lat, DIGITS)]
            if not line or point != line[-1]:
                line.append(point)
        if len(line) >= 3:
            lines.append(line)
    doc = {"source": "Natural Earth 1:110m Admin 0 - Countries 4.1.0 (public domain), rings rounded to 0.1 degree",
           "lines": lines}
    OUT.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} lines, {sum(len(x) for x in lines)} points, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
