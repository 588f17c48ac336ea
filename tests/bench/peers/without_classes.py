"""A copy of WCXB's article pages with every `class` and `id` attribute taken
out, laid out as WCXB is, for `readmode eval` and the peers' runners.

    python3 without_classes.py ../shared/corpus/wcxb-dev target/peers/wcxb-articles-without-classes

Class names and ids are the strongest hints a page gives; sites built with
hashed or utility class names give none. Scored on this copy, an extractor
shows how much of its choice stands on the page's structure and text alone.
Standard library only.
"""

import gzip
import json
import re
import shutil
import sys
from pathlib import Path

# A start tag, its name and its attributes (quoted values may hold `>`).
START_TAG = re.compile(r"""<([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
# One `class` or `id` attribute with its value, quoted or bare.
NAMING_ATTRIBUTE = re.compile(
    r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)""", re.IGNORECASE
)


def without_classes(html):
    """`html` with the `class` and `id` attributes of every start tag removed."""
    return START_TAG.sub(
        lambda tag: f"<{tag.group(1)}{NAMING_ATTRIBUTE.sub('', tag.group(2))}>", html
    )


def main(source, target):
    metadata = json.loads((source / "metadata.json").read_text())
    articles = {
        name: page for name, page in metadata["files"].items() if page["page_type"] == "article"
    }
    (target / "html").mkdir(parents=True, exist_ok=True)
    (target / "ground-truth").mkdir(exist_ok=True)
    for name in articles:
        html = gzip.decompress((source / "html" / f"{name}.html.gz").read_bytes())
        stripped = without_classes(html.decode("utf-8", errors="surrogateescape"))
        (target / "html" / f"{name}.html.gz").write_bytes(
            gzip.compress(stripped.encode("utf-8", errors="surrogateescape"))
        )
        shutil.copy(source / "ground-truth" / f"{name}.json", target / "ground-truth")
    (target / "metadata.json").write_text(json.dumps({**metadata, "files": articles}))
    print(f"{len(articles)} article pages without classes or ids in {target}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
