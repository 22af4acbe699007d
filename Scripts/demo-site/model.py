"""Declarative tree nodes the content modules use to describe a space."""

import mimetypes

_MEDIA = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml",
    ".pdf": "application/pdf", ".csv": "text/csv", ".json": "application/json",
    ".yaml": "application/x-yaml", ".txt": "text/plain", ".log": "text/plain",
    ".zip": "application/zip", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".mp4": "video/mp4", ".drawio": "application/vnd.jgraph.mxfile", ".bin": "application/octet-stream",
    ".gz": "application/gzip", ".md": "text/markdown",
}


def att(filename, size, comment=""):
    """Attachment metadata for a page."""
    ext = filename[filename.rfind("."):].lower() if "." in filename else ""
    media = _MEDIA.get(ext) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return {"title": filename, "mediaType": media, "fileSize": size, "comment": comment}


def page(title, body, labels=(), by=None, edited_by=None, created=None, modified=None,
         version=None, attachments=(), kids=(), status="current"):
    """A page. `created`/`modified` are ISO strings (or dates "YYYY-MM-DD"); None = derived."""
    return {"type": "page", "title": title, "body": body, "labels": list(labels), "by": by,
            "edited_by": edited_by, "created": created, "modified": modified, "version": version,
            "attachments": list(attachments), "kids": list(kids), "status": status}


def folder(title, kids=(), by=None, created=None):
    """A Cloud folder: it has children but no body, labels or attachments."""
    return {"type": "folder", "title": title, "body": None, "labels": [], "by": by,
            "edited_by": None, "created": created, "modified": None, "version": 1,
            "attachments": [], "kids": list(kids), "status": "current"}


def space(key, name, description, by, created, until, roots, type_="global", status="current",
          line_breaks=False):
    """A space: `roots[0]` is the homepage; further roots are top-level orphans.

    `line_breaks` stores bodies with a newline after each block element (Data Center style) instead of
    on one line (Cloud style)."""
    return {"key": key, "name": name, "description": description, "by": by, "created": created,
            "until": until, "roots": roots, "type": type_, "status": status, "line_breaks": line_breaks}
