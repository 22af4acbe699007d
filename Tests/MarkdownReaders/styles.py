"""Styled text keeps its styles when Markdown readers read our Markdown back.

Builds random paragraphs of neighbouring texts in random styles (bold, italic, strikethrough, code) from letters,
digits, ASCII and CJK punctuation, symbols, emoji, spaces and the starts of bare URLs (which GitHub makes links of); renders them all as one storage document with
`confluence-tui render --format markdown`; reads each paragraph back with markdown-it-py (CommonMark) and with
cmarkgfm (GitHub), and compares, character by character, the styles each visible character has with those it was
written in. Prints the first mismatches and "N passed, M failed" per reader; exits 1 on any failure.

usage: styles.py CONFLUENCE_TUI [--seed N] [--count N]
"""
import argparse
import html
import random
import subprocess
import sys
from html.parser import HTMLParser

import cmarkgfm
import markdown_it

STYLE_TAGS = {"strong": "B", "em": "I", "del": "S", "code": "C"}
READ_TAGS = {"strong": "B", "b": "B", "em": "I", "i": "I", "s": "S", "del": "S", "code": "C"}
PIECES = ["a", "b", "Z", "1", '"', ".", "(", ")", "中", "「", "」", "$", "😀", ",", "-", "é", "!", "#", " ",
          "€", "→", "©", "\u00a0", "_", "*", "~", "`", "\u3000", "\t", "https://x.co/", "www.y.io/"]


class StyledCharacters(HTMLParser):
    """The visible characters of HTML with the styles around each, white space left out."""

    def __init__(self):
        super().__init__()
        self.open = []
        self.characters = []

    def handle_starttag(self, tag, attrs):
        if tag in READ_TAGS:
            self.open.append(READ_TAGS[tag])

    def handle_endtag(self, tag):
        if tag in READ_TAGS and READ_TAGS[tag] in self.open:
            self.open.remove(READ_TAGS[tag])

    def handle_data(self, data):
        self.characters += [(c, "".join(sorted(set(self.open)))) for c in data if not c.isspace()]


def paragraph(rng):
    """A storage paragraph of neighbouring styled texts, some of them links or mentions, and the styled characters it holds
    (a tab is written as `&#9;`, which the parser keeps)."""
    source, expected = "<p>", []
    for _ in range(rng.randint(1, 5)):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4)))
        kind = rng.random()
        link = kind < 0.15
        if link and text.isspace():
            text += "k"  # a link of white space only shows its URL
        styles = rng.sample(list(STYLE_TAGS), rng.choice([0, 1, 1, 1, 2, 3]))
        if kind > 0.9:
            # A link without a body, which shows a page's title or a user's fallback name in the styles around it.
            if kind > 0.95:
                text = f"@u{len(expected)}"
                content = f'<ac:link><ri:user ri:account-id="u{len(expected)}" /></ac:link>'
            else:
                text = f"P{len(expected)}"
                content = f'<ac:link><ri:page ri:content-title="{text}" /></ac:link>'
        else:
            content = html.escape(text, quote=False).replace("\t", "&#9;")
        body = "".join(f"<{s}>" for s in styles) + content + "".join(f"</{s}>" for s in reversed(styles))
        source += f'<a href="http://x.com/{len(expected)}">{body}</a>' if link else body
        expected += [(c, "".join(sorted(STYLE_TAGS[s] for s in styles))) for c in text if not c.isspace()]
    return source + "</p>", expected


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=2000)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    cases = []
    while len(cases) < arguments.count:
        source, expected = paragraph(rng)
        if expected:  # a blank paragraph writes no block
            cases.append((source, expected))
    document = "".join(source for source, _ in cases)
    rendered = subprocess.run([arguments.binary, "render", "-", "--format", "markdown"], input=document.encode(),
                              capture_output=True, check=True, timeout=120).stdout.decode()
    blocks = [block for block in rendered.split("\n\n") if block.strip()]
    if len(blocks) != len(cases):
        print(f"error: {len(cases)} paragraphs rendered as {len(blocks)} Markdown blocks", file=sys.stderr)
        return 1
    commonmark = markdown_it.MarkdownIt("commonmark").enable(["strikethrough"])
    readers = {
        "markdown-it-py": commonmark.render,
        "cmarkgfm": lambda text: cmarkgfm.github_flavored_markdown_to_html(text, options=cmarkgfm.Options.CMARK_OPT_UNSAFE),
    }
    failed_any = False
    for name, read in readers.items():
        failures = 0
        for (source, expected), block in zip(cases, blocks):
            parsed = StyledCharacters()
            parsed.feed(read(block))
            if parsed.characters != expected:
                failures += 1
                if failures <= 5:
                    show = lambda pairs: " ".join(f"{c}/{s}" for c, s in pairs)
                    print(f"{name}: {source}\n  markdown: {block}\n  read:     {show(parsed.characters)}\n"
                          f"  written:  {show(expected)}")
        print(f"{name}: {len(cases) - failures} passed, {failures} failed")
        failed_any = failed_any or failures > 0
    return 1 if failed_any else 0


if __name__ == "__main__":
    sys.exit(main())
