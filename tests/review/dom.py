"""The elements of a review page as parsed by ``html.parser``: tag, attributes, text.

Used on the HTML ``shebao review`` writes and on the DOM a browser dumps, so
the same checks run with and without a browser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Node] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.nodes: list[Node] = []
        self.stack: list[Node] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.nodes.append(node)
        if self.stack:
            self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for node in self.stack:
            node.text += data


def parse(page: str) -> list[Node]:
    """Every element of ``page`` in document order."""
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector.nodes


def find(nodes: list[Node], tag: str | None = None, cls: str | None = None) -> list[Node]:
    return [n for n in nodes if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]


def by_id(nodes: list[Node], ident: str) -> Node:
    (node,) = [n for n in nodes if n.attrs.get("id") == ident]
    return node


def page_checks(nodes: list[Node], record: dict, text: str) -> None:
    """The page shows ``record`` on ``text``: each fact marked on its characters, flags listed."""
    facts = record["facts"]
    marks = find(nodes, "mark", "fact")
    marks = [m for m in marks if "data-fact" in m.attrs]  # the legend has marks too
    assert sorted(int(m.attrs["data-fact"]) for m in marks) == list(range(len(facts)))
    for mark in marks:
        fact = facts[int(mark.attrs["data-fact"])]
        assert mark.text == text[fact["start"]:fact["end"]]
        for name in ("fund", "metric", "measure", "basis", "period"):
            assert mark.attrs[f"data-{name}"] == str(fact[name])
        assert mark.attrs["data-year"] == str(fact["year"])
        assert mark.attrs["data-value"] == str(fact["value"])
    assert listed_flags(nodes) == [
        {k: str(f[k]) for k in ("kind", "severity", "start", "end", "message")}
        | {"suggestion": f["suggestion"], "related": [r["text"] for r in f["related"]]}
        for f in record["flags"]]


def listed_flags(nodes: list[Node]) -> list[dict]:
    """The flags of the side list as dicts like the JSON's (numbers as strings)."""
    found = []
    for item in find(nodes, "li", "flag-item"):
        inside = _descendants(item)
        suggestion = [n.text for n in find(inside, "p", "suggestion")]
        found.append({
            **{k: item.attrs[f"data-{k}"] for k in ("kind", "severity", "start", "end")},
            "message": find(inside, "p", "message")[0].text,
            "suggestion": suggestion[0].removeprefix("Suggestion: ") if suggestion else None,
            "related": [n.text for n in find(inside, "a") if n.attrs.get("href", "")
                        .startswith("#evidence-")]})
    return found


def _descendants(node: Node) -> list[Node]:
    out = []
    for child in node.children:
        out += [child, *_descendants(child)]
    return out

