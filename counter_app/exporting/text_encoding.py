"""Which encoding a shop's CSV is in, strictly: UTF-8 (with or without BOM), UTF-16 with
BOM, GB18030 (mainland Excel) or Big5 (Hong Kong and Taiwan Excel), each decoded without a
single error and read back as characters a shop's records hold; anything else, or a file
whose lines mix encodings, is refused naming the first line that does not fit.

GB18030 decodes almost any bytes, so "no error" alone turns Big5 or Shift-JIS into
nonsense (陳大文 in Big5 reads 朝ゅ): a decoding counts only if its characters are
plausible — no kana, Hangul or private-use characters, and its Chinese mostly the common
characters of its own standard (GB2312 level 1, Big5's frequent characters)."""

from __future__ import annotations

import unicodedata

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

UTF8_BOM = b"\xef\xbb\xbf"
# A decoding whose Chinese is less than this share of common characters is not the file's.
COMMON_SHARE = 0.6


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _foreign(ch: str) -> bool:
    """A character a Chinese shop's records do not hold: a sign of the wrong decoding."""
    code = ord(ch)
    if (
        0x3040 <= code <= 0x30FF  # kana
        or 0xAC00 <= code <= 0xD7AF  # Hangul
        or 0x1100 <= code <= 0x11FF
        or 0x0370 <= code <= 0x04FF  # Greek, Cyrillic (GB2312's symbol rows)
        or 0x2500 <= code <= 0x257F  # box drawing
        or 0x3100 <= code <= 0x312F  # bopomofo
    ):
        return True
    category = unicodedata.category(ch)
    return category in ("Co", "Cn", "Cs") or (category == "Cc" and ch not in "\t\r\n")


def _common(ch: str, encoding: str) -> bool:
    """Is a Han character among the frequent ones of ``encoding``'s own standard?"""
    try:
        if encoding == "big5":
            raw = ch.encode("big5")
            return b"\xa4\x40" <= raw <= b"\xc6\x7e"  # Big5's frequent characters
        raw = ch.encode("gb2312")
        return b"\xb0\xa1" <= raw <= b"\xd7\xf9"  # GB2312 level 1
    except UnicodeEncodeError:
        return False


def plausible(text: str, encoding: str) -> bool:
    han = 0
    common = 0
    for ch in text:
        if ch.isascii():
            continue
        if _foreign(ch):
            return False
        if _is_han(ch):
            han += 1
            common += _common(ch, encoding)
    return han == 0 or common >= COMMON_SHARE * han


def _unknown(name: str) -> ValidationError:
    return ValidationError(
        "file",
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: the text encoding cannot be recognised (not UTF-8, GB18030 or Big5); "
            "save it as CSV UTF-8 (or .xlsx) and retry",
        ),
        name=name,
    )


def _mixed(name: str, line: int) -> ValidationError:
    return ValidationError(
        "file",
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: line {line} is in another text encoding than the lines before it; "
            "save the whole file as CSV UTF-8 and retry",
        ),
        name=name,
        line=line,
    )


def _first_bad_line(data: bytes, encoding: str) -> int:
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            return number
    return 0


def decode(data: bytes, name: str) -> str:
    """``data`` as text in the one encoding it is wholly and plausibly in; ValidationError
    naming the file (and the first bad line of a mixed file) otherwise."""
    if data.startswith(UTF8_BOM):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _mixed(name, _first_bad_line(data[3:], "utf-8")) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _unknown(name) from None
    if b"\x00" in data:
        raise _unknown(name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_lines = 0
    for raw in lines:
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        utf8_lines += 1
    if utf8_lines:  # some lines are UTF-8 with Chinese in them, others are not
        raise _mixed(name, _first_bad_line(data, "utf-8"))
    # GB18030 first (the mainland's Excel); Big5 text read as GB18030 shows kana, Greek,
    # Cyrillic or rare characters (Big5's commonest characters sit on GB2312's symbol rows).
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if plausible(text, encoding):
            return text
    raise _unknown(name)
