"""Reads tagged PDFs with pypdf and prints one JSON object per file (used by pdf-tagged.test.ts).

For each file: pypdf's warnings while reading everything; every widget annotation and whether its
/StructParent leads through the parent tree to a Form element whose OBJR points back at it; text-showing
operators outside marked content; and the XMP metadata's title, language and pdfuaid:part.
"""
import json
import logging
import sys
import warnings
from xml.dom import minidom

from pypdf import PdfReader
from pypdf.generic import ContentStream

TEXT_OPERATORS = {b"Tj", b"TJ", b"'", b'"'}


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def parent_tree(root):
    """The parent tree's number → value pairs, from a flat /Nums or /Kids of nodes."""
    entries = {}

    def walk(node):
        node = node.get_object()
        nums = node.get("/Nums", [])
        for i in range(0, len(nums), 2):
            entries[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    walk(root["/StructTreeRoot"]["/ParentTree"])
    return entries


def check(path):
    handler = Collect()
    logging.getLogger("pypdf").addHandler(handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        tree = parent_tree(root)
        widgets = 0
        bad_widgets = []
        untagged_text = 0
        for page_index, page in enumerate(reader.pages):
            page.extract_text()
            depth = 0
            for _operands, operator in ContentStream(page.get_contents(), reader).operations:
                if operator in (b"BDC", b"BMC"):
                    depth += 1
                elif operator == b"EMC":
                    depth -= 1
                elif operator in TEXT_OPERATORS and depth <= 0:
                    untagged_text += 1
            for annot_ref in page.get("/Annots", []):
                annot = annot_ref.get_object()
                if annot.get("/Subtype") != "/Widget":
                    continue
                widgets += 1
                key = annot.get("/StructParent")
                element = tree.get(int(key)).get_object() if key is not None and int(key) in tree else None
                kids = element.get("/K") if element is not None else None
                kids = kids if isinstance(kids, list) else [kids]
                points_back = any(
                    hasattr(kid, "get_object")
                    and isinstance(kid.get_object(), dict)
                    and kid.get_object().get("/Type") == "/OBJR"
                    and kid.get_object().raw_get("/Obj").idnum == annot_ref.idnum
                    for kid in kids
                    if kid is not None
                )
                if element is None or element.get("/S") != "/Form" or not points_back:
                    bad_widgets.append(f"page {page_index + 1} object {annot_ref.idnum}")
        xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
        dom = minidom.parseString(xmp)
        def text(tag, within=dom):
            return [n.firstChild.data for n in within.getElementsByTagName(tag) if n.firstChild]

        def items(tag):
            return [li for element in dom.getElementsByTagName(tag) for li in text("rdf:li", element)]

        result = {
            "file": path,
            "widgets": widgets,
            "badWidgets": bad_widgets,
            "untaggedText": untagged_text,
            "pdfuaPart": text("pdfuaid:part"),
            "language": items("dc:language"),
            "title": items("dc:title"),
            "marked": bool(root.get("/MarkInfo", {}).get("/Marked")),
            "displayDocTitle": bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle")),
            "tabs": sorted({str(page.get("/Tabs")) for page in reader.pages}),
        }
    logging.getLogger("pypdf").removeHandler(handler)
    result["warnings"] = handler.messages + [str(w.message) for w in caught]
    return result


print(json.dumps([check(path) for path in sys.argv[1:]]))
