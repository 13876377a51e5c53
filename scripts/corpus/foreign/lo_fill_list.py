#!/usr/bin/python3
"""Fills in a 督办清单 the way a unit does in LibreOffice Calc, and saves it with LibreOffice's own
export filter ("Calc MS Excel 2007 XML"), for the test that `duban collect` reads a list as another
producer returns it (test/fixtures/replies).

  /usr/bin/python3 lo_fill_list.py INPUT OUTPUT 'KEY|进展情况|完成时间|佐证材料|联系人' ...

Each answer fills the row whose first cell is KEY. 完成时间 is typed as text through the cell's
formula, so LibreOffice's input parser decides what it is ('2020-05-18' becomes a date, as it does
for a user typing it); an empty field is left blank. The sheet stays protected: only the unlocked
answer cells are written. It starts its own headless soffice (lo_resave.with_soffice) and ends it.
"""
import os
import sys

import uno

from lo_resave import prop, used_range, with_soffice

ANSWER_COLUMNS = (7, 8, 9, 10)  # H–K, 0-based


def fill(desktop, src, dst, answers):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    try:
        sheet = doc.Sheets.getByIndex(0)
        last_row = used_range(sheet).EndRow
        for line in answers:
            key, *fields = line.split("|")
            row = next((r for r in range(last_row + 1) if sheet.getCellByPosition(0, r).getString() == key), None)
            if row is None:
                raise SystemExit("no row for %s in %s" % (key, src))
            for col, text in zip(ANSWER_COLUMNS, fields):
                if text != "":
                    sheet.getCellByPosition(col, row).setFormula(text)
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    finally:
        doc.close(True)


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    src, dst = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with_soffice(lambda _ctx, desktop: fill(desktop, src, dst, sys.argv[3:]))


if __name__ == "__main__":
    main()
