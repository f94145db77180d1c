"""`scan-image`: decode the badge codes (QR, PDF417, Data Matrix, ticket barcodes...) in
image files."""

from __future__ import annotations

import argparse
import sys

from showfloor.cli.common import Context, print_json, print_line, subcommand


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(sub, "scan-image",
                   "decode the badge codes (QR and others) in image files, one line per file")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.set_defaults(handler=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    # Imported here: OpenCV and zxing-cpp take a while to load and only this needs them.
    from showfloor.scanning.images import scan_files

    status = 0
    for result in scan_files(args.files):
        if "error" in result:
            status = 1
            sys.stderr.write(f"showfloor: {result['file']}: {result['error']}\n")
        if args.json:
            print_json(result)
        elif "error" not in result:
            codes = result["codes"]
            if not codes:
                print_line(f"{result['file']}: no badge code found")
            for code in codes:
                print_line(f"{result['file']}: {code['text']!r}")
    return status
