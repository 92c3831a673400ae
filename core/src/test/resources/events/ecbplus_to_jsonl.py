#!/usr/bin/env python3
"""Converts the whole ECB+ corpus into labelled JSON lines for `newstrace eval stories` (see README.md here).

Usage: ecbplus_to_jsonl.py ECB_PLUS_DIR [SAMPLE.jsonl] > ecbplus-full.jsonl

ECB_PLUS_DIR holds the topic folders (<topic>/<topic>_<n>ecb[plus].xml), e.g. EventStoryLine/ECB+_LREC2014/ECB+ in
a clone of github.com/tommasoc80/EventStoryLine. Lines of SAMPLE (the bundled ecbplus.jsonl) are copied as they
are, so that the 300 sample articles read the same in both files; the others are rebuilt from the tokens.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = re.compile(r"[.,;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m")


def detokenise(tokens):
    """Joins tokens with spaces, except before closing punctuation and around paired double quotes."""
    text, quote_open = "", False
    for token in ('"' if t in ("``", "''") else t for t in tokens):
        if not text:
            text = token
        elif token == '"':
            text += token if quote_open else " " + token
        elif NO_SPACE_BEFORE.fullmatch(token) or text.endswith(("(", "[", "{", "$")) or (quote_open and text.endswith('"')):
            text += token
        else:
            text += " " + token
        if token == '"':
            quote_open = not quote_open
    return text


def sentences(path):
    by_number = {}
    for token in ET.parse(path).getroot().iter("token"):
        by_number.setdefault(int(token.get("sentence")), []).append(token.text or "")
    return [by_number[k] for k in sorted(by_number)]


def main():
    root = pathlib.Path(sys.argv[1])
    sample = {}
    if len(sys.argv) > 2:
        for line in open(sys.argv[2], encoding="utf-8"):
            sample[json.loads(line)["id"]] = line.rstrip("\n")
    files = []
    for path in root.glob("*/*.xml"):
        match = re.fullmatch(r"(\d+)_(\d+)(ecb|ecbplus)\.xml", path.name)
        if match:
            files.append(((int(match.group(1)), match.group(3) == "ecbplus", int(match.group(2))), path))
    for (topic, plus, _), path in sorted(files):
        doc_id = "ecbplus:" + path.stem
        if doc_id in sample:
            print(sample[doc_id])
            continue
        parts = sentences(path)
        record = {"id": doc_id}
        if plus:  # ECB+ texts give their source URL as sentence 0
            record["url"] = "".join(parts.pop(0))
        title = detokenise(parts[0])
        record["title"] = title
        record["text"] = title + "\n\n" + " ".join(detokenise(s) for s in parts[1:])
        record["event"] = "ecbplus-t%d-%s" % (topic, "b" if plus else "a")
        record["language"] = "en"
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
