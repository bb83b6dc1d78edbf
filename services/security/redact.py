"""Log redaction: tokens, passwords, card numbers, SINs and emails never reach a log file, by
their patterns; nor any private value the store knows (issue 14), by its value: every text
inside a sealed value (SIN, medical information, health insurance, a contact's notes, a form's
answers) and the names of persons and contacts, as `remember` hands them over.

Known values are kept in this process's memory only. They are matched whole, as words (not
inside a longer word), ignoring case, as they are and as `repr` or JSON would escape them, line
by line too. A value of one character (a shirt size "S") is not one: it would blank every line.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

_PATTERNS = [
    (re.compile(r"(?i)(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 [token]"),
    # A secret after its key, as JSON ("token": "…"), Python's repr of a dict ('token': '…')
    # or a form (password=…) writes it.
    (re.compile(r"""(?i)(['"]?\b(?:password|passwd|token|access_token|refresh_token|secret|"""
                r"""api_key|apikey|cvc|sin|number)['"]?\s*[:=]\s*)(['"]?)[^'",\s}]+\2"""),
     r"\1[redacted]"),
    (re.compile(r"\b(?:\d[ -]?){12,18}\d\b"), "[card]"),
    (re.compile(r"(?<![\w.])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\w.])"), "[sin]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[email]"),
]
PRIVATE = "[private]"
MIN_LENGTH = 2
_EDGES = re.compile(r"^\W+|\W+$")
_PLACEHOLDERS = re.compile(r"\[(?:token|redacted|card|sin|email)\]")


class _Known:
    """The values to hide, and one regular expression for all of them: a trie of their
    characters, so a line is read once whatever their number (an alternation of thousands of
    values would try each at every position)."""

    def __init__(self) -> None:
        self.given: set[str] = set()  # as remember() had them
        self.values: set[str] = set()  # their forms, as the expression matches them
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def add(self, values: Iterable[str]) -> None:
        given = {value for value in values if isinstance(value, str)} - self.given
        new = {form for value in given for form in _forms(value)} - self.values
        with self._lock:
            self.given |= given
            if new:
                self.values |= new
                self._pattern = None

    def clear(self) -> None:
        with self._lock:
            self.given, self.values, self._pattern = set(), set(), None

    def pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self.values:
                self._pattern = re.compile(rf"(?<!\w)(?:{_trie(self.values)})(?!\w)",
                                           re.IGNORECASE)
            return self._pattern


def _forms(value: str) -> set[str]:
    """How `value` may show in a line: as it is, each of its lines, escaped as repr and JSON
    write it, and as the patterns above leave it — each trimmed to its first and last word
    character (the match is then a whole word), in lower case (matched ignoring case)."""
    text = unicodedata.normalize("NFC", value)
    shown = {text, *text.splitlines(), repr(text)[1:-1], json.dumps(text)[1:-1],
             json.dumps(text, ensure_ascii=False)[1:-1]}
    # As the patterns leave it, unless nothing of it is left (a SIN is then "[sin]", and the
    # word "sin" is no secret).
    shown |= {patterned for form in shown if (patterned := _by_pattern(form)) != form
              and len(_EDGES.sub("", _PLACEHOLDERS.sub(" ", patterned))) >= MIN_LENGTH}
    trimmed = (_EDGES.sub("", form).lower() for form in shown)
    return {form for form in trimmed if len(form) >= MIN_LENGTH}


def _trie(values: Iterable[str]) -> str:
    """One expression matching any of `values` (longest first, as the regex backtracks)."""
    root: dict = {}
    for value in values:
        node = root
        for char in value:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root)


def _branch(node: dict) -> str:
    parts = []
    for char in sorted(k for k in node if k):
        run, child = [char], node[char]
        while len(child) == 1 and "" not in child:  # a run of single children: one literal
            (char, child), = child.items()
            run.append(char)
        parts.append(re.escape("".join(run)) + _branch(child))
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


_known = _Known()


def remember(values: Iterable[str]) -> None:
    """Private values this process knows (the store's, services.store.private): from now on
    they never reach a log line, whichever logger writes it."""
    _known.add(values)


def texts(value: Any) -> Iterator[str]:
    """Every string inside `value` (nested dicts, lists and tuples): what `remember` takes of
    a private record."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts(item)


def forget_known() -> None:
    """Forget every remembered value (tests; a process signing out)."""
    _known.clear()


def _by_pattern(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact(text: str) -> str:
    text = _by_pattern(unicodedata.normalize("NFC", text))
    known = _known.pattern()
    return text if known is None else known.sub(PRIVATE, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# A process without a log file (the sync process) still writes its warnings to standard error
# through logging's last resort: redacted the same way.
if logging.lastResort is not None:
    logging.lastResort.addFilter(RedactingFilter())
