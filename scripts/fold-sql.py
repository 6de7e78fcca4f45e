#!/usr/bin/env python3
"""Prints the rows of the text_fold table (migration 5): every character of the Latin, Greek and
Cyrillic blocks that foldText() (core/domain/textfold.cpp) changes, with what it becomes:
compatibility decomposition, accents and other combining marks dropped, lower case.

SQL triggers and views may only use SQLite's built-in functions (so the file stays usable from
the sqlite3 shell), and SQLite's lower() knows ASCII only; the views fold a text one character at
a time through this table. tests/core/test_customerlistschema.cpp checks the table against
foldText().
"""
import unicodedata

RANGES = [(0x00C0, 0x024F), (0x0300, 0x036F), (0x0370, 0x03FF), (0x0400, 0x04FF),
          (0x1E00, 0x1EFF)]


def fold(ch):
    decomposed = unicodedata.normalize('NFKD', ch)
    kept = ''.join(c for c in decomposed if unicodedata.category(c) not in ('Mn', 'Me', 'Mc'))
    return kept.lower()


def rows():
    for first, last in RANGES:
        for cp in range(first, last + 1):
            ch = chr(cp)
            if unicodedata.category(ch) == 'Cn':
                continue
            folded = fold(ch)
            if folded != ch:
                yield ch, folded


def main():
    def quoted(text):
        return "'" + text.replace("'", "''") + "'"
    items = [f"({quoted(ch)}, {quoted(folded)})" for ch, folded in rows()]
    lines, line = [], ''
    for item in items:
        if len(line) + len(item) + 2 > 96:
            lines.append(line.rstrip())
            line = ''
        line += item + ', '
    lines.append(line.rstrip(', '))
    print('INSERT INTO text_fold (ch, folded) VALUES')
    print(',\n'.join('    ' + l.rstrip(',') for l in lines) + ';')


if __name__ == '__main__':
    main()
