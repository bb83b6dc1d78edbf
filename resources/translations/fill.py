"""Fill unfinished messages of the .ts files from a table of French texts (a dev helper).

    python resources/translations/fill.py FILE.json

FILE.json maps an English source to its French text, or to a list of forms for %n plurals.
English gets the source itself (its plural forms: singular then plural from the JSON key
"en:<source>"). Messages already translated are left alone.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).parent


def fill(lang: str, table: dict) -> list[str]:
    path = FOLDER / f"carnet_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter("message"):
        translation = msg.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = msg.findtext("source")
        value = source if lang == "en" else table.get(source)
        if msg.get("numerus") == "yes":
            forms = table.get(f"en:{source}") if lang == "en" else value
            if not forms:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif value is None:
            missing.append(source)
            continue
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    texts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for language in ("fr", "en"):
        for source in fill(language, texts):
            print(f"{language}: untranslated: {source!r}")
