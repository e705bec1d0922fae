#!/usr/bin/env python3
"""Fills translations into a Qt .ts file from a TSV of (context, source, translation).

Usage: fill_ts.py FILE.ts TRANSLATIONS.tsv
The TSV has one message per line: context, source and translation separated by tabs, with \\n
for line breaks. A plural translation gives its forms separated by ' || '. Messages whose source
is not in the TSV are left as they are; a line whose message is not in the .ts is reported.
"""
import re
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def lupdate_escape(text):
    return text.replace("'", "&apos;").replace('"', "&quot;")


def main():
    ts_path, tsv_path = sys.argv[1], sys.argv[2]
    table = {}
    with open(tsv_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{tsv_path}:{number}: expected 3 tab-separated fields, got {len(parts)}")
            table[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(ts_path)
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key not in table:
                continue
            used.add(key)
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                # One form a line, indented as lupdate writes them.
                translation.text = "\n" + " " * 12
                forms = table[key].split(" || ")
                for number, form in enumerate(forms):
                    element = ET.SubElement(translation, "numerusform")
                    element.text = form
                    element.tail = "\n" + " " * (12 if number + 1 < len(forms) else 8)
            else:
                translation.text = table[key]
    for key in table.keys() - used:
        print(f"not in {ts_path}: {key[0]}: {key[1]!r}", file=sys.stderr)
    # lupdate writes no empty element short ("<translation ...></translation>").
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    # Quotes in texts escaped as lupdate writes them, so that its next run changes no line.
    body = re.sub(r">([^<]*)<", lambda m: ">" + lupdate_escape(m.group(1)) + "<", body)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


if __name__ == "__main__":
    main()
