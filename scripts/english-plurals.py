#!/usr/bin/env python3
"""Fills translations/altdist_en.ts: the English catalogue holds only the
plural (%n) messages, so that "%n file(s)" reads "1 file" / "3 files".
Run after `cmake --build build --target update_translations`; it fills only
messages still unfinished and leaves hand-edited ones alone.
Rules: "(s)" becomes "" / "s"; "%n characters" becomes "%n character" in the singular."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/altdist_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    singular = re.sub(r"%n (\w+)s\b(?!\()", r"%n \1", source) if "(s)" not in source else source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    forms = translation.findall("numerusform")
    forms[0].text, forms[1].text = singular, plural
    del translation.attrib["type"]
    filled += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"{path}: filled {filled} plural message(s)")
