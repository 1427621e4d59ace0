"""Vendor country shapes for the dashboard map: world-atlas (ISC, Natural Earth data, public domain).

Fetches the npm package with `npm pack` (the npm registry only), decodes its TopoJSON
`countries-110m.json` to GeoJSON with coordinates rounded to 0.01 degree, and writes
src/lagebild/web/static/world-110m.geojson plus the package's licence beside it.
Run: python scripts/vendor_world.py  (needs node's npm; the output is committed).
"""

from __future__ import annotations

import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
STATIC = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "web" / "static"
DIGITS = 2


def fetch(workdir: Path) -> tarfile.TarFile:
    """Download the package tarball into workdir with npm pack."""
    name = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return tarfile.open(workdir / name)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat arcs from quantised, delta-encoded TopoJSON arcs."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, DIGITS), round(y * sy + ty, DIGITS)))
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[list[float]]:
    """A closed ring from arc indexes (negative = reversed, ~i), unwrapped across the antimeridian."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc[1:] if points else arc)
    out = [list(points[0])]
    for lon, lat in points[1:]:
        # plain SVG has no antimeridian clipping: keep each step short, so a ring that
        # crosses 180 degrees runs past the map edge instead of across the whole map
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append([round(lon, DIGITS), lat])
    return out


def to_geojson(topology: dict) -> dict:
    """GeoJSON FeatureCollection of the countries object."""
    arcs = decode_arcs(topology)
    features = []
    for geom in topology["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            coords = [[ring(arcs, r) for r in geom["arcs"]]]
        elif geom["type"] == "MultiPolygon":
            coords = [[ring(arcs, r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "id": geom.get("id"),
                         "properties": {"name": geom.get("properties", {}).get("name")},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    """Fetch, convert and write the vendored files."""
    with tempfile.TemporaryDirectory() as tmp, fetch(Path(tmp)) as tar:
        topology = json.load(tar.extractfile("package/countries-110m.json"))
        licence = tar.extractfile("package/LICENSE").read().decode("utf-8")
    geojson = to_geojson(topology)
    (STATIC / "world-110m.geojson").write_text(json.dumps(geojson, separators=(",", ":")), "utf-8")
    (STATIC / "world-110m.LICENSE.txt").write_text(
        f"world-110m.geojson: converted by scripts/vendor_world.py from {PACKAGE} (countries-110m.json).\n"
        "Boundaries: Natural Earth (public domain). world-atlas licence:\n\n" + licence, "utf-8")
    print(f"{len(geojson['features'])} countries written to {STATIC / 'world-110m.geojson'}")


if __name__ == "__main__":
    main()
