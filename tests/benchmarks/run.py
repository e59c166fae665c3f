"""Run the benchmarks and print their figures: python -m tests.benchmarks.run [--activities N]"""

from __future__ import annotations

import argparse
import json
import sys

from tests.benchmarks import bench_activities_view, bench_export


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=50_000)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--only", choices=("activities", "export"), help="run one benchmark (default: both)"
    )
    args = parser.parse_args(argv)
    for name, bench, runner in (
        ("activities", bench_activities_view, lambda: bench_activities_view.run(args.activities)),
        ("export", bench_export, bench_export.run),
    ):
        if args.only in (None, name):
            results = runner()
            print(json.dumps(results, indent=2) if args.json else bench.report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
