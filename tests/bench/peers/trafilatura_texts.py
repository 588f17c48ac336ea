"""trafilatura's text, title, author and date for every page of a corpus, as JSON lines
for `readmode eval DIR --texts FILE`.

    python trafilatura_texts.py ../shared/corpus/wcxb-dev > trafilatura.jsonl

Pages are named as `readmode eval` names them: WCXB ids, or the folder
names of Readability's test pages (read against Readability's test URL).
trafilatura runs with its default settings.
"""

import gzip
import json
import sys
from multiprocessing import Pool
from pathlib import Path

import trafilatura

READABILITY_URL = "http://fakehost/test/page.html"


def pages(corpus):
    """(name, source path, page URL) for each page with gold text."""
    if (corpus / "ground-truth").is_dir():
        files = json.loads((corpus / "metadata.json").read_text())["files"]
        for name in sorted(files):
            yield name, corpus / "html" / f"{name}.html.gz", None
    else:
        for folder in sorted(p for p in corpus.iterdir() if (p / "expected.html").is_file()):
            yield folder.name, folder / "source.html", READABILITY_URL


def extract(page):
    name, path, url = page
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    found = trafilatura.extract(data, url=url, output_format="json", with_metadata=True)
    if found is None:
        return {"page": name, "text": None, "title": None}
    found = json.loads(found)
    return {
        "page": name,
        "text": found.get("text"),
        "title": found.get("title"),
        "byline": found.get("author"),
        "published": found.get("date"),
    }


def main():
    corpus = Path(sys.argv[1])
    with Pool() as pool:
        for line in pool.imap(extract, pages(corpus), chunksize=8):
            print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
