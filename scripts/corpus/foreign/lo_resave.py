#!/usr/bin/python3
"""Re-saves an .xlsx through LibreOffice's own export filter ("Calc MS Excel 2007 XML"), driven
over the UNO bridge, so that the files of test/corpus/foreign are written the way LibreOffice
writes them (its shared strings, styles, protection, tables), not by this project.

  /usr/bin/python3 lo_resave.py MODE INPUT OUTPUT [MODE INPUT OUTPUT ...]

Several jobs share one soffice. MODE is one of:
  plain      load and store, nothing else (1900 date system, as the input)
  1904       switch the document to the 1904 date system (NullDate 1904-01-01), moving every
             date-formatted number back by 1462 days so the dates shown stay the same
  protect    protect the ledger sheet (the first sheet) and the document structure, both with
             the password "duban"
  dbrange    name the ledger's header-and-data range (A2 to the last used cell of the first
             sheet) a database range; LibreOffice writes a named database range as a table part
             (xl/tables/tableN.xml) without <tableStyleInfo>

It starts its own headless soffice with a throw-away profile and ends it when done.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellRangeAddress
from com.sun.star.util import Date as UnoDate

SOFFICE = os.environ.get("SOFFICE", "/usr/bin/soffice")
# Days between the 1900 system's serial 0 (1899-12-30 in LibreOffice's reckoning, which matches
# Excel for every date after 1900-03-01) and 1904-01-01.
DAYS_1900_TO_1904 = 1462
# com.sun.star.util.NumberFormat.DATE (DATETIME includes it).
NUMBER_FORMAT_DATE = 2


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect():
    profile = tempfile.mkdtemp(prefix="duban-lo-profile-")
    pipe = "duban_foreign_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            SOFFICE,
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            return proc, profile, ctx, desktop
        except Exception:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("soffice did not answer on its pipe")


def product_version(ctx):
    """The version LibreOffice shows in its About box, e.g. 7.4.7.2."""
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    node = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", (prop("nodepath", "/org.openoffice.Setup/Product"),)
    )
    return node.getByName("ooSetupVersionAboutBox")


def used_range(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    return cursor.getRangeAddress()


def to_1904(doc):
    formats = doc.getNumberFormats()
    d = UnoDate()
    d.Year, d.Month, d.Day = 1904, 1, 1
    sheets = doc.getSheets()
    # Read first, under the 1900 system: which cells hold dates.
    moves = []
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        end = used_range(sheet)
        for row in range(end.EndRow + 1):
            for col in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(col, row)
                # com.sun.star.table.CellContentType.VALUE; formulas are left alone
                if cell.getType().value != "VALUE":
                    continue
                kind = formats.getByKey(cell.NumberFormat).Type
                if kind & NUMBER_FORMAT_DATE:
                    moves.append((cell, cell.getValue() - DAYS_1900_TO_1904))
    doc.NullDate = d
    for cell, value in moves:
        cell.setValue(value)
    return len(moves)


def protect(doc):
    sheet = doc.getSheets().getByIndex(0)
    sheet.protect("duban")  # sheet protection with a password
    doc.protect("duban")  # document (structure) protection with a password


def dbrange(doc):
    sheets = doc.getSheets()
    sheet = sheets.getByIndex(0)
    end = used_range(sheet)
    area = CellRangeAddress()
    area.Sheet = 0
    area.StartColumn, area.StartRow = 0, 1  # A2: the header row of the demo ledger
    area.EndColumn, area.EndRow = end.EndColumn, end.EndRow
    doc.DatabaseRanges.addNewByName("督办台账表", area)


def resave(desktop, mode, src, dst):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    try:
        if mode == "1904":
            print("  %s: %d date cells moved to the 1904 system" % (os.path.basename(dst), to_1904(doc)))
        elif mode == "protect":
            protect(doc)
        elif mode == "dbrange":
            dbrange(doc)
        elif mode != "plain":
            raise SystemExit("unknown mode " + mode)
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    finally:
        doc.close(True)


def with_soffice(job):
    """Runs job(ctx, desktop) on a soffice of its own (connect), and ends it whatever happens."""
    proc, profile, ctx, desktop = connect()
    try:
        job(ctx, desktop)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


def main():
    args = sys.argv[1:]
    if len(args) == 0 or len(args) % 3 != 0:
        raise SystemExit(__doc__)
    jobs = [(args[i], os.path.abspath(args[i + 1]), os.path.abspath(args[i + 2])) for i in range(0, len(args), 3)]

    def run(ctx, desktop):
        print("  LibreOffice %s" % product_version(ctx))
        for mode, src, dst in jobs:
            resave(desktop, mode, src, dst)

    with_soffice(run)


if __name__ == "__main__":
    main()
