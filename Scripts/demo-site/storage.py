"""Small builders for Confluence storage-format markup.

Every function returns a string of storage XHTML. Text arguments are inserted
verbatim (authors write entities such as &mdash; on purpose); use `esc` for
generated text that may contain markup characters.
"""

import hashlib
import re
import textwrap
import uuid

_NS = uuid.UUID("6f1c2a52-1d0e-4c1b-9a55-2f4c8e0d7b31")
_counter = {"macro": 0, "task": 0}


def reset_counters():
    """Restart the deterministic macro-id and task-id sequences."""
    _counter["macro"] = 0
    _counter["task"] = 0


def _macro_id():
    _counter["macro"] += 1
    return str(uuid.uuid5(_NS, "macro-%d" % _counter["macro"]))


def local_uuid(seed):
    """A stable uuid derived from a seed string (used for comment refs, local ids)."""
    return str(uuid.uuid5(_NS, seed))


def esc(text):
    """Escape the three markup characters of generated text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def block(text):
    """Dedent a triple-quoted code sample and drop the surrounding blank lines."""
    return textwrap.dedent(text).strip("\n")


def cat(*parts):
    return "".join(parts)


def p(*parts):
    return "<p>" + "".join(parts) + "</p>"


def h(level, text):
    return "<h%d>%s</h%d>" % (level, text, level)


def _list(tag, items):
    out = ["<%s>" % tag]
    for item in items:
        if isinstance(item, tuple):
            head, sub = item
            out.append("<li>" + head + sub + "</li>")
        else:
            out.append("<li>" + item + "</li>")
    out.append("</%s>" % tag)
    return "".join(out)


def ul(*items):
    """Unordered list. An item is a string, or (text, nested_list_markup)."""
    return _list("ul", items)


def ol(*items):
    """Ordered list. An item is a string, or (text, nested_list_markup)."""
    return _list("ol", items)


def _cell(tag, cell):
    if isinstance(cell, tuple):
        text, attrs = cell
        attr = "".join(' %s="%s"' % (k, v) for k, v in attrs.items())
        return "<%s%s>%s</%s>" % (tag, attr, text, tag)
    return "<%s>%s</%s>" % (tag, cell, tag)


def table(header, rows, header_col=False, width=None):
    """A table with an optional header row; a cell is text or (text, {"rowspan": "2"})."""
    attr = ' data-layout="default"'
    if width:
        attr += ' data-table-width="%d"' % width
    out = ["<table%s><tbody>" % attr]
    if header:
        out.append("<tr>" + "".join(_cell("th", c) for c in header) + "</tr>")
    for row in rows:
        cells = []
        for i, c in enumerate(row):
            cells.append(_cell("th" if header_col and i == 0 else "td", c))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def macro(name, params=None, rich=None, plain=None, version=1):
    out = ['<ac:structured-macro ac:name="%s" ac:schema-version="%d" ac:macro-id="%s">'
           % (name, version, _macro_id())]
    for key, value in (params or {}).items():
        out.append('<ac:parameter ac:name="%s">%s</ac:parameter>' % (key, value))
    if rich is not None:
        out.append("<ac:rich-text-body>" + rich + "</ac:rich-text-body>")
    if plain is not None:
        out.append("<ac:plain-text-body><![CDATA[" + plain + "]]></ac:plain-text-body>")
    out.append("</ac:structured-macro>")
    return "".join(out)


def code(body, lang=None, title=None, linenumbers=False, collapse=False, theme=None):
    """A code macro; `body` is dedented so its inner indentation is kept."""
    params = {}
    if lang:
        params["language"] = lang
    if title:
        params["title"] = title
    if linenumbers:
        params["linenumbers"] = "true"
    if collapse:
        params["collapse"] = "true"
    if theme:
        params["theme"] = theme
    text = block(body)
    assert "]]>" not in text, "use a hand-written split CDATA for ]]>"
    return macro("code", params, plain=text)


def noformat(body, nopanel=False):
    return macro("noformat", {"nopanel": "true"} if nopanel else {}, plain=block(body))


def _admonition(kind, body, title=None, icon=True):
    params = {}
    if title:
        params["title"] = title
    if not icon:
        params["icon"] = "false"
    return macro(kind, params, rich=body)


def info(body, title=None, icon=True):
    return _admonition("info", body, title, icon)


def note(body, title=None, icon=True):
    return _admonition("note", body, title, icon)


def warning(body, title=None, icon=True):
    return _admonition("warning", body, title, icon)


def tip(body, title=None, icon=True):
    return _admonition("tip", body, title, icon)


def panel(body, title=None, bg=None, border=None, title_bg=None):
    params = {}
    if title:
        params["title"] = title
    if bg:
        params["bgColor"] = bg
    if border:
        params["borderColor"] = border
    if title_bg:
        params["titleBGColor"] = title_bg
    return macro("panel", params, rich=body)


def expand(title, body):
    return macro("expand", {"title": title}, rich=body)


def status(title, colour, subtle=False):
    params = {"title": title, "colour": colour}
    if subtle:
        params["subtle"] = "true"
    return macro("status", params)


JIRA_SERVER = "Acme Jira"
JIRA_SERVER_ID = "c0a8e41d-3b7f-3a55-9e0e-5f1d2b6a7c90"


def jira(key):
    return macro("jira", {"server": JIRA_SERVER, "serverId": JIRA_SERVER_ID, "key": key})


def jira_query(jql, maximum=20):
    return macro("jira", {"server": JIRA_SERVER, "serverId": JIRA_SERVER_ID,
                          "jqlQuery": esc(jql),
                          "columns": "key,summary,type,assignee,status,updated",
                          "maximumIssues": str(maximum)})


def page_link(title, space=None, text=None, rich=False, anchor=None):
    """Link to a page by title; without `text` Confluence shows the page title."""
    attrs = ' ri:content-title="%s"' % title
    if space:
        attrs += ' ri:space-key="%s"' % space
    head = '<ac:link%s>' % (' ac:anchor="%s"' % anchor if anchor else "")
    inner = "<ri:page%s />" % attrs
    if text is None:
        return head + inner + "</ac:link>"
    if rich:
        return head + inner + "<ac:link-body>" + text + "</ac:link-body></ac:link>"
    return head + inner + "<ac:plain-text-link-body><![CDATA[" + text + "]]></ac:plain-text-link-body></ac:link>"


def anchor_link(anchor, text):
    return ('<ac:link ac:anchor="%s"><ac:plain-text-link-body><![CDATA[%s]]>'
            '</ac:plain-text-link-body></ac:link>' % (anchor, text))


def user(account_id):
    return '<ac:link><ri:user ri:account-id="%s" /></ac:link>' % account_id


def att_link(filename, text=None, page=None, space=None):
    if page:
        sp = ' ri:space-key="%s"' % space if space else ""
        inner = ('<ri:attachment ri:filename="%s"><ri:page ri:content-title="%s"%s /></ri:attachment>'
                 % (filename, page, sp))
    else:
        inner = '<ri:attachment ri:filename="%s" />' % filename
    if text is None:
        return "<ac:link>" + inner + "</ac:link>"
    return ("<ac:link>" + inner + "<ac:plain-text-link-body><![CDATA[" + text
            + "]]></ac:plain-text-link-body></ac:link>")


def url_link(href, text):
    return '<a href="%s">%s</a>' % (href.replace("&", "&amp;"), text)


def ri_url_link(href, text):
    return ('<ac:link><ri:url ri:value="%s" /><ac:plain-text-link-body><![CDATA[%s]]>'
            '</ac:plain-text-link-body></ac:link>' % (href.replace("&", "&amp;"), text))


def _image(resource, caption, width, alt, align):
    attrs = ' ac:align="%s" ac:layout="%s"' % (align, {"center": "center", "left": "align-start",
                                                      "right": "align-end"}[align])
    if alt:
        attrs += ' ac:alt="%s"' % alt
    if width:
        attrs += ' ac:width="%d"' % width
    cap = "<ac:caption><p>%s</p></ac:caption>" % caption if caption else ""
    return "<ac:image%s>%s%s</ac:image>" % (attrs, resource, cap)


def img(filename, caption=None, width=None, alt=None, align="center", page=None):
    if page:
        res = ('<ri:attachment ri:filename="%s"><ri:page ri:content-title="%s" /></ri:attachment>'
               % (filename, page))
    else:
        res = '<ri:attachment ri:filename="%s" ri:version-at-save="1" />' % filename
    return _image(res, caption, width, alt, align)


def img_url(href, caption=None, width=None, alt=None, align="center"):
    return _image('<ri:url ri:value="%s" />' % href.replace("&", "&amp;"), caption, width, alt, align)


EMOJI = {
    # name: (shortname, emoji id, fallback)
    "smile": (":slight_smile:", "1f642", "🙂"),
    "thumbs-up": (":thumbsup:", "1f44d", "👍"),
    "warning": (":warning:", "26a0", "⚠️"),
    "tick": (":check_mark:", "2705", "✅"),
    "cross": (":cross_mark:", "274c", "❌"),
    "light-on": (":bulb:", "1f4a1", "💡"),
    "information": (":information_source:", "2139", "ℹ️"),
    "star_yellow": (":star:", "2b50", "⭐"),
    "heart": (":heart:", "2764", "❤️"),
    "laugh": (":grinning:", "1f600", "😀"),
    "sad": (":slight_frown:", "1f641", "🙁"),
    "question": (":question:", "2753", "❓"),
    "blue-star": (":blue_star:", "atlassian-blue_star", "🔵"),
}


def emo(name):
    """An emoticon with name, shortname, id and unicode fallback."""
    short, eid, fallback = EMOJI[name]
    return ('<ac:emoticon ac:name="%s" ac:emoji-shortname="%s" ac:emoji-id="%s" ac:emoji-fallback="%s" />'
            % (name, short, eid, fallback))


def emoji(shortname, fallback, eid):
    """A Cloud emoji that has no legacy emoticon name."""
    return ('<ac:emoticon ac:name="blue-star" ac:emoji-shortname="%s" ac:emoji-id="%s" ac:emoji-fallback="%s" />'
            % (shortname, eid, fallback))


def time(date):
    return '<time datetime="%s" />' % date


def tasks(*items):
    """A task list; each item is (done: bool, body markup)."""
    out = ["<ac:task-list>"]
    for done, body in items:
        _counter["task"] += 1
        out.append("<ac:task><ac:task-id>%d</ac:task-id><ac:task-status>%s</ac:task-status>"
                   "<ac:task-body>%s</ac:task-body></ac:task>"
                   % (_counter["task"], "complete" if done else "incomplete", body))
    out.append("</ac:task-list>")
    return "".join(out)


def layout(*sections):
    """Layout sections: (type, [cell markup, ...]) with type e.g. two_equal, three_equal."""
    out = ["<ac:layout>"]
    for kind, cells in sections:
        out.append('<ac:layout-section ac:type="%s" ac:breakout-mode="default">' % kind)
        for cell in cells:
            out.append("<ac:layout-cell>" + cell + "</ac:layout-cell>")
        out.append("</ac:layout-section>")
    out.append("</ac:layout>")
    return "".join(out)


_ADF_COLOURS = {
    "info": ("rgb(222,235,255)", "rgb(76,154,255)"),
    "note": ("rgb(234,230,255)", "rgb(153,141,217)"),
    "success": ("rgb(227,252,239)", "rgb(54,179,126)"),
    "warning": ("rgb(255,250,230)", "rgb(255,196,0)"),
    "error": ("rgb(255,235,230)", "rgb(255,86,48)"),
}


def adf_panel(kind, content, seed):
    """A Cloud ADF panel with its HTML fallback twin (the fallback repeats the content)."""
    bg, border = _ADF_COLOURS[kind]
    lid = local_uuid("adf-" + seed)
    return ('<ac:adf-extension><ac:adf-node type="panel">'
            '<ac:adf-attribute key="panel-type">%s</ac:adf-attribute>'
            '<ac:adf-attribute key="local-id">%s</ac:adf-attribute>'
            '<ac:adf-content>%s</ac:adf-content></ac:adf-node>'
            '<ac:adf-fallback><div class="panel conf-macro output-block" style="background-color: %s;'
            'border-color: %s;border-width: 1.0px;"><div class="panelContent" style="background-color: %s;">'
            '%s</div></div></ac:adf-fallback></ac:adf-extension>'
            % (kind, lid, content, bg, border, bg, content))


def toc(max_level=3, min_level=1):
    return macro("toc", {"maxLevel": str(max_level), "minLevel": str(min_level)})


def excerpt(body, hidden=False):
    return macro("excerpt", {"hidden": "true"} if hidden else {}, rich=body)


def excerpt_include(title, space=None):
    link = page_link(title, space)
    return ('<ac:structured-macro ac:name="excerpt-include" ac:schema-version="1" ac:macro-id="%s">'
            '<ac:parameter ac:name="">%s</ac:parameter>'
            '<ac:parameter ac:name="nopanel">true</ac:parameter></ac:structured-macro>'
            % (_macro_id(), link))


def anchor(name):
    return macro("anchor", {"": name})


def children(depth=1, sort=None, all_=False):
    params = {}
    if all_:
        params["all"] = "true"
    else:
        params["depth"] = str(depth)
    if sort:
        params["sort"] = sort
    return macro("children", params)


def placeholder(text):
    return "<ac:placeholder>%s</ac:placeholder>" % text


def comment(seed, text):
    """Text covered by an inline comment marker."""
    return ('<ac:inline-comment-marker ac:ref="%s">%s</ac:inline-comment-marker>'
            % (local_uuid("comment-" + seed), text))


def view_file(filename):
    return ('<ac:structured-macro ac:name="view-file" ac:schema-version="1" ac:macro-id="%s">'
            '<ac:parameter ac:name="name"><ri:attachment ri:filename="%s" /></ac:parameter>'
            '<ac:parameter ac:name="height">250</ac:parameter></ac:structured-macro>'
            % (_macro_id(), filename))


_BLOCK_END = re.compile(r"(</(?:p|h[1-6]|table|tr|ul|ol|li|blockquote|ac:structured-macro|ac:layout-section|"
                        r"ac:layout-cell|ac:layout|ac:task|ac:task-list)>|<tbody>|<ac:task-list>)")
_CDATA = re.compile(r"(<!\[CDATA\[.*?\]\]>)", re.S)


def pretty(body):
    """Break lines after block elements, as Data Center's editor stores pages; CDATA is left untouched."""
    parts = _CDATA.split(body)
    return "".join(part if part.startswith("<![CDATA[") else _BLOCK_END.sub(r"\1\n", part) for part in parts)


def digest(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
