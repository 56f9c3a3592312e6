"""Write the rules for reviewers (docs/rules.md) from the rule book under resources/:

    python -m c102desk.cli.rules --out docs/rules.md
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from c102desk.engine.rulebook.listing import render_rules
    from c102desk.engine.rulebook.loader import load_rulebook

    parser = argparse.ArgumentParser(description="Write the rules for reviewers (docs/rules.md).")
    parser.add_argument("--out", help="the file to write (standard output when not given)")
    args = parser.parse_args(argv)
    text = render_rules(load_rulebook())
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
