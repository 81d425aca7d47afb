#!/usr/bin/env python3
"""French typography in the French message bundles (src/main/resources/i18n/<module>.properties).

Puts a non-breaking space (U+00A0) before : ; ! ? and », and after «, where French typography wants
one: an ordinary space there becomes a non-breaking one, a missing one is added after a word
("Attention!" becomes "Attention !"). Left alone: addresses (https://), times (9:30), ratios (1:2),
query strings (?page=2), a placeholder's colon ({0}:), and text already right, so a second run
changes nothing. MessageBundleTests.frenchMessagesFollowFrenchTypography checks the same rules.

Usage: python3 scripts/french-typography.py [--check] [bundle folder]
"""
import pathlib
import re
import sys

NBSP = "\u00a0"
# Before a high mark: ordinary spaces or a narrow non-breaking space become one non-breaking space.
SPACE_BEFORE = re.compile("[ \t\u00a0\u202f]+(?=[:;!?»])")
# After a word, a closing bracket or quote, a high mark followed by a space or the end of the text.
MISSING_BEFORE = re.compile(r"(?<=[^\W_]|[)\]’'»])(?=[:;!?](?:[ \t\u00a0]|$))")
MISSING_BEFORE_CLOSING = re.compile("(?<=[^ \t\u00a0\u202f])»")
AFTER_OPENING = re.compile("«[ \t\u00a0\u202f]*")


def fix(value: str) -> str:
    value = SPACE_BEFORE.sub(NBSP, value)
    value = MISSING_BEFORE.sub(NBSP, value)
    value = MISSING_BEFORE_CLOSING.sub(NBSP + "»", value)
    return AFTER_OPENING.sub("«" + NBSP, value)


def fix_line(line: str) -> str:
    if line.lstrip().startswith(("#", "!")) or "=" not in line:
        return line
    key, value = line.split("=", 1)
    return key + "=" + fix(value)


def french_bundles(folder: pathlib.Path):
    return sorted(p for p in folder.glob("*.properties") if re.fullmatch(r"[a-z]+\.properties", p.name))


def main(args):
    check = "--check" in args
    folders = [a for a in args if not a.startswith("--")]
    folder = pathlib.Path(folders[0] if folders else "src/main/resources/i18n")
    changed = 0
    for bundle in french_bundles(folder):
        text = bundle.read_text(encoding="utf-8")
        lines = text.split("\n")
        fixed = [fix_line(line) for line in lines]
        count = sum(1 for a, b in zip(lines, fixed) if a != b)
        if count:
            changed += count
            print(f"{bundle.name}: {count} message(s) {'to fix' if check else 'fixed'}")
            if not check:
                bundle.write_text("\n".join(fixed), encoding="utf-8")
    print(f"{changed} message(s) {'to fix' if check else 'fixed'}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
