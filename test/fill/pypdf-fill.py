"""Fills a PDF form the way pypdf's PdfWriter.update_page_form_field_values does (pypdf 3.x): /V becomes a
TextStringObject (a radio's state too, e.g. "/ok-for-now"), a widget that carries /FT /Btn gets /AS, and
/NeedAppearances is set so that viewers draw the values. Fields are matched by fully qualified name, which
that method cannot do (it compares partial names, and ours repeat: "rating", "evidence").

usage: pypdf-fill.py in.pdf out.pdf '{"qualified.name": "value", ...}'
"""
import json
import sys

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject


def qualified_name(field):
    parts = []
    while field is not None:
        if "/T" in field:
            parts.append(field["/T"])
        parent = field.get("/Parent")
        field = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def main():
    source, output, values = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    writer = PdfWriter()
    writer.clone_document_from_reader(PdfReader(source))
    writer.set_need_appearances_writer()
    filled = set()
    for page in writer.pages:
        for ref in page.get("/Annots", []):
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            field = widget if "/T" in widget else widget["/Parent"].get_object()
            name = qualified_name(field)
            if name not in values:
                continue
            if widget.get("/FT") == "/Btn":
                widget[NameObject("/AS")] = NameObject(values[name])
            field[NameObject("/V")] = TextStringObject(values[name])
            filled.add(name)
    missing = sorted(set(values) - filled)
    if missing:
        sys.exit("no such fields: " + ", ".join(missing))
    with open(output, "wb") as out:
        writer.write(out)


main()
