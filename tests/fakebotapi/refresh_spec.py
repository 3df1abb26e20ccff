"""Replace the bundled Bot API spec on purpose: ``python -m tests.fakebotapi.refresh_spec NEW``.

The fake Bot API validates every call against ``data/api.min.json``. Telegram adds methods and
parameters with each Bot API release; to follow one, fetch a newer ``api.min.json`` (see
``data/README.md`` for its source), run this with its path, update the version named in
``data/README.md`` and run the tests. The file is checked before it replaces the bundled copy.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from .spec import BUNDLED_SPEC, load_spec

__all__ = ["main", "refresh"]


def refresh(source: Path, target: Path = BUNDLED_SPEC) -> str:
    """Check that ``source`` is a Bot API spec, copy it over ``target`` and return its version."""
    load_spec.cache_clear()
    load_spec(source)  # raises if it is not JSON or has no sendMessage
    version = json.loads(source.read_text(encoding="utf-8")).get("version", "unknown version")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    load_spec.cache_clear()
    return str(version)


def main(argv: list[str] | None = None) -> int:
    """Command line: refresh the bundled spec from the path given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="path of the new api.min.json")
    parser.add_argument("--into", type=Path, default=BUNDLED_SPEC, help="file to replace")
    args = parser.parse_args(argv)
    try:
        version = refresh(args.source, args.into)
    except (OSError, ValueError, KeyError) as error:
        print(f"not refreshed: {error}", file=sys.stderr)
        return 1
    print(f"{args.into} is now {version}; update the version in {args.into.parent / 'README.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
