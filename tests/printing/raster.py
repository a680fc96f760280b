"""A PDF as a printer sees it: rasterised by poppler at the printer's dots, then read back
(barcodes with zxing-cpp, bars measured dot by dot, ink and grey found pixel by pixel)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp

from counter_app.printing.barcode import modules

# One byte of a 1-bit PBM row -> eight grey pixels (bit set = black = 0).
_BITS = [bytes(0 if byte & (0x80 >> bit) else 255 for bit in range(8)) for byte in range(256)]
_DARK = re.compile(rb"[\x00-\x7f]")


@dataclass(frozen=True)
class Raster:
    width: int
    height: int
    rows: list[bytes]  # one grey byte per pixel, 0 black .. 255 white
    dpi: int

    def px(self, mm: float) -> float:
        return mm * self.dpi / 25.4

    def ink_box(self) -> tuple[int, int, int, int] | None:
        """(left, top, right, bottom) of all dark pixels, inclusive; None if blank."""
        top = bottom = left = right = None
        for y, row in enumerate(self.rows):
            first = _DARK.search(row)
            if first is None:
                continue
            last = len(row) - 1 - _DARK.search(row[::-1]).start()
            top = y if top is None else top
            bottom = y
            left = first.start() if left is None else min(left, first.start())
            right = last if right is None else max(right, last)
        if top is None:
            return None
        return left, top, right, bottom  # type: ignore[return-value]

    def grey_pixels(self) -> int:
        """Pixels that are neither black nor white."""
        return sum(len(row.translate(None, b"\x00\xff")) for row in self.rows)

    def blurred_around(self, code: zxingcpp.Barcode, radius: int = 1) -> Raster:
        """The barcode's neighbourhood blurred (a (2r+1)-dot box blur along the rows), as a
        worn print head or ink spreading on thermal paper smudges the bars' edges."""
        p = code.position
        top = max(0, min(p.top_left.y, p.top_right.y) - 20)
        bottom = min(self.height, max(p.bottom_left.y, p.bottom_right.y) + 20)
        left = max(0, min(p.top_left.x, p.bottom_left.x) - 60)
        right = min(self.width, max(p.top_right.x, p.bottom_right.x) + 60)
        taps = 2 * radius + 1
        rows = []
        for row in self.rows[top:bottom]:
            part = row[left:right]
            padded = part[:1] * radius + part + part[-1:] * radius
            rows.append(bytes(sum(padded[x : x + taps]) // taps for x in range(len(part))))
        return Raster(right - left, bottom - top, rows, self.dpi)

    def barcodes(self) -> list[zxingcpp.Barcode]:
        view = memoryview(b"".join(self.rows)).cast("B", (self.height, self.width))
        return zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.Code128)


def _read_pnm(path: Path, dpi: int) -> Raster:
    data = path.read_bytes()
    header = re.match(rb"(P[45])\s+(\d+)\s+(\d+)\s+(?:(\d+)\s)?", data)
    assert header is not None, "not a PBM/PGM file"
    kind, width, height = header.group(1), int(header.group(2)), int(header.group(3))
    body = data[header.end() :]
    if kind == b"P4":
        stride = (width + 7) // 8
        rows = [
            b"".join(_BITS[b] for b in body[y * stride : (y + 1) * stride])[:width]
            for y in range(height)
        ]
    else:
        rows = [body[y * width : (y + 1) * width] for y in range(height)]
    return Raster(width, height, rows, dpi)


def rasterise(pdf: Path, dpi: int, mono: bool = True) -> Raster:
    """The first page at ``dpi``: ``mono`` as a thermal printer's dots (pdftoppm -mono),
    else in grey levels without anti-aliasing (a grey fill shows as grey pixels)."""
    out = pdf.with_name(f"{pdf.stem}-{dpi}-{'mono' if mono else 'grey'}")
    mode = ["-mono"] if mono else ["-gray", "-aa", "no", "-aaVector", "no"]
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), *mode, "-singlefile", str(pdf), str(out)], check=True
    )
    return _read_pnm(out.with_suffix(".pbm" if mono else ".pgm"), dpi)


def pdf_text(pdf: Path, area_mm: tuple[float, float, float, float] | None = None) -> str:
    """What copying or searching the PDF gives (pdftotext), white space runs as one space;
    ``area_mm`` (left, top, width, height) to read only that part of the page."""
    crop: list[str] = []
    if area_mm is not None:  # pdftotext crops in pixels at -r 72, i.e. in points
        crop = ["-r", "72"]
        for flag, mm in zip(("-x", "-y", "-W", "-H"), area_mm, strict=True):
            crop += [flag, str(round(mm * 72 / 25.4))]
    text = subprocess.run(
        ["pdftotext", *crop, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(text.split())


@dataclass(frozen=True)
class BarMeasure:
    text: str
    module: int  # narrow bar, in dots
    whole_modules: bool  # every bar and space a whole number of modules
    pattern_matches: bool  # the bars read dot by dot are the symbol of ``text``


def measure(raster: Raster, code: zxingcpp.Barcode) -> BarMeasure:
    """The bars of a decoded barcode along its middle row, in dots."""
    p = code.position
    y = (p.top_left.y + p.bottom_left.y + p.top_right.y + p.bottom_right.y) // 4
    x0 = min(p.top_left.x, p.bottom_left.x)
    x1 = max(p.top_right.x, p.bottom_right.x)
    row = raster.rows[y]
    dark = [v < 128 for v in row]
    start = next(x for x in range(max(0, x0 - 3), len(dark)) if dark[x])
    end = max(x for x in range(0, min(len(dark), x1 + 4)) if dark[x]) + 1
    runs: list[tuple[bool, int]] = []
    for value in dark[start:end]:
        if runs and runs[-1][0] == value:
            runs[-1] = (value, runs[-1][1] + 1)
        else:
            runs.append((value, 1))
    module = min(n for _, n in runs)
    whole = all(n % module == 0 for _, n in runs)
    bits = "".join(("1" if value else "0") * (n // module) for value, n in runs)
    return BarMeasure(code.text, module, whole, bits == modules(code.text))
