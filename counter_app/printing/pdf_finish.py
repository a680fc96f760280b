"""What Qt's PDF writer cannot do itself: exact page boxes and text that copies as printed.

Qt rounds page boxes to whole points (62 mm -> 176 pt = 62.09 mm, 80 mm -> 80.08 mm) and
draws downwards from the top of that rounded page. It also writes each font's ToUnicode map
from the font's cmap, lowest code point first: Noto Sans CJK shares the glyphs of 手 心 大 文
长 门 黄 户 with the radicals ⼿ ⼼ ⼤ ⽂ ⻓ ⻔ ⻩ ⼾ (U+2E80...), and 胶 with 㬵 (Extension A),
so copied or searched text is wrong, and a Latin ligature copies as one character (ﬁ).
Which code points share a glyph is read from the very font the PDF names (its cmap, through
QRawFont), not from a hand list: each shared glyph copies back as its CJK Unified
Ideograph. Both are mended here as a PDF incremental update written by pypdf (new versions of
the page, ToUnicode and catalog objects appended with their cross-reference stream, nothing
Qt wrote rewritten; the catalog's /Version says 1.5, the version of such a stream) without
moving any ink: the page keeps the top edge Qt drew from. Only the CMap text inside a
ToUnicode stream is read here (``mend_to_unicode``); the PDF itself is read and written by
pypdf.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import unicodedata
import zlib
from pathlib import Path
from typing import Any

from counter_app import files

logger = logging.getLogger(__name__)

POINTS_PER_MM = 72 / 25.4

# Where a font's cmap may list a look-alike before the character that was printed: CJK
# radicals (supplement and Kangxi), strokes, symbols, Extension A, the unified ideographs
# themselves, compatibility ideographs and forms. Only glyphs shared with a unified
# ideograph are mended. Ligatures (and radicals when the font cannot be read) by NFKC.
_LOOK_ALIKE_BLOCKS = (
    (0x2E80, 0x2FDF),
    (0x3000, 0x303F),
    (0x31C0, 0x31EF),
    (0x3200, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0x2F800, 0x2FA1F),
)
_NFKC_FALLBACK = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0xFB00, 0xFB4F), (0x2F800, 0x2FA1F))
_LIGATURES = ((0xFB00, 0xFB4F),)
_CMAP_TOKEN = re.compile(rb"<([0-9A-Fa-f]*)>|\[|\]|\b(begin|end)(bfchar|bfrange)\b")


class PdfFinishError(ValueError):
    """The file is not laid out like Qt's PDF writer lays it out."""


def _in(char: str, blocks: tuple[tuple[int, int], ...]) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in blocks)


def _rank(code: int) -> tuple[int, int]:
    """Which of the code points sharing a glyph was meant: a unified ideograph, then
    Extension A, then the lowest code point (what Qt wrote: left as it is)."""
    if 0x4E00 <= code <= 0x9FFF:
        return (0, code)
    return (1 if 0x3400 <= code <= 0x4DBF else 2, code)


@functools.lru_cache(maxsize=16)
def look_alikes(base_font: str) -> dict[str, str] | None:
    """For the font a PDF names (``ABCDEF+NotoSansCJKsc-Regular``): every code point that
    shares its glyph with a CJK ideograph -> that ideograph, read from the font's own cmap.
    None when the font cannot be found or read here."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

    if QGuiApplication.instance() is None:
        return None
    name = base_font.split("+")[-1]
    family_key = name.split("-")[0].lower()
    family = next(
        (f for f in QFontDatabase.families() if f.replace(" ", "").lower() == family_key), None
    )
    if family is None:
        return None
    font = QFont()
    font.setFamily(family)
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return None
    codes = [c for low, high in _LOOK_ALIKE_BLOCKS for c in range(low, high + 1)]
    bmp = [c for c in codes if c < 0x10000]
    glyphs: dict[int, list[int]] = {}
    for code, glyph in zip(bmp, raw.glyphIndexesForString("".join(map(chr, bmp))), strict=False):
        if glyph:
            glyphs.setdefault(glyph, []).append(code)
    for code in codes[len(bmp) :]:
        found = raw.glyphIndexesForString(chr(code))
        if found and found[0]:
            glyphs.setdefault(found[0], []).append(code)
    table: dict[str, str] = {}
    for shared in glyphs.values():
        meant = min(shared, key=_rank)
        if len(shared) > 1 and _rank(meant)[0] == 0:
            table.update({chr(c): chr(meant) for c in shared if c != meant})
    return table


def printed_text(text: str, base_font: str = "") -> str:
    """``text`` with look-alikes replaced by what they stand for (as read from
    ``base_font``'s cmap; without it, by NFKC) and ligatures spelt out."""
    table = look_alikes(base_font) if base_font else None
    out = []
    for ch in text:
        if table is not None and ch in table:
            out.append(table[ch])
        elif _in(ch, _LIGATURES if table is not None else _NFKC_FALLBACK):
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def _mend_hex(hex_text: bytes, base_font: str) -> bytes:
    try:
        text = bytes.fromhex(hex_text.decode()).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return hex_text
    mended = printed_text(text, base_font)
    return hex_text if mended == text else mended.encode("utf-16-be").hex().upper().encode()


def mend_to_unicode(cmap: bytes, base_font: str = "") -> bytes:
    """A ToUnicode CMap whose destinations are the printed characters: only destinations
    change (bfchar pairs, single-code bfranges, bfrange arrays), never the glyph codes."""
    out = bytearray()
    last = 0
    section = b""
    operands: list[bytes] = []
    in_array = False
    for match in _CMAP_TOKEN.finditer(cmap):
        token = match.group(0)
        if match.group(2):
            section = match.group(3) if match.group(2) == b"begin" else b""
            operands = []
            continue
        if not section:
            continue
        if token == b"[":
            in_array = True
            continue
        if token == b"]":
            in_array, operands = False, []
            continue
        is_destination = (
            in_array
            or (section == b"bfchar" and len(operands) == 1)
            or (section == b"bfrange" and len(operands) == 2 and operands[0] == operands[1])
        )
        if is_destination:
            out += cmap[last : match.start(1)] + _mend_hex(match.group(1), base_font)
            last = match.end(1)
        if not in_array:
            operands.append(match.group(1))
            if (section == b"bfchar" and len(operands) == 2) or len(operands) == 3:
                operands = []
    out += cmap[last:]
    return bytes(out)


_BOXES = ("/MediaBox", "/CropBox", "/TrimBox", "/BleedBox", "/ArtBox")


def _box(box: Any, width: float, height: float) -> Any:
    """``width`` × ``height`` points with the top edge where ``box`` has it."""
    from pypdf.generic import ArrayObject, FloatObject

    top = float(box[3])
    return ArrayObject(
        [FloatObject(0), FloatObject(top - height), FloatObject(width), FloatObject(top)]
    )


def _fonts(resources: Any, seen: set[int]) -> list[Any]:
    """The font dictionaries of a page's (or a form's) resources, forms included."""
    from pypdf.generic import DictionaryObject

    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return []
    seen.add(id(resources))
    found = [
        font.get_object()
        for font in resources.get("/Font", DictionaryObject()).get_object().values()
    ]
    for form in resources.get("/XObject", DictionaryObject()).get_object().values():
        form = form.get_object()
        if form.get("/Subtype") == "/Form":
            found += _fonts(form.get("/Resources"), seen)
    return found


def finish_pdf(path: Path, width_mm: float, height_mm: float) -> None:
    """Give every page of ``path`` (a PDF from QPdfWriter) exactly ``width_mm`` ×
    ``height_mm`` with its content where it was drawn from the top-left corner, and make
    its text copy and search as the characters that were printed. A file not laid out as
    Qt writes it is left as it is (logged): still a good PDF, only not mended."""
    path = Path(path)
    data = path.read_bytes()
    finished = finish_pdf_data(data, width_mm, height_mm)
    if finished is not data:
        files.write_bytes(path, finished)


def finish_pdf_data(data: bytes, width_mm: float, height_mm: float) -> bytes:
    """``finish_pdf`` of a PDF held in memory: the mended PDF, or ``data`` itself when
    there is nothing to mend or it is not laid out as Qt writes it (logged)."""
    from pypdf.errors import PyPdfError  # imported when a PDF is written (a light start)

    try:
        finished = _finished(data, width_mm, height_mm)
    except (PdfFinishError, PyPdfError, ValueError, IndexError, KeyError, zlib.error) as exc:
        logger.warning("PDF left as Qt wrote it: %s", exc)
        return data
    return data if finished is None else finished


def _finished(data: bytes, width_mm: float, height_mm: float) -> bytes | None:
    """The PDF ``data`` with its incremental update appended (None: nothing to mend)."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(io.BytesIO(data), incremental=True)
    if not writer.pages:
        raise PdfFinishError("no pages")
    width, height = width_mm * POINTS_PER_MM, height_mm * POINTS_PER_MM
    changed = False
    seen: set[int] = set()
    for page in writer.pages:
        for key in _BOXES:
            if key in page:
                now: Any = page[key]
                box = _box(now, width, height)
                if [float(v) for v in now] != [float(v) for v in box]:
                    page[NameObject(key)] = box
                    changed = True
        for font in _fonts(page.get("/Resources"), seen):
            if "/ToUnicode" not in font:
                continue
            stream = font["/ToUnicode"].get_object()
            cmap = stream.get_data()
            mended = mend_to_unicode(cmap, str(font.get("/BaseFont", "/"))[1:])
            if mended != cmap:
                stream.set_data(mended)
                changed = True
    if not changed:
        return None
    # The update's cross-reference is a stream (PDF 1.5): the catalog says so (Qt writes 1.4).
    writer.root_object[NameObject("/Version")] = NameObject("/1.5")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
