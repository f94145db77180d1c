"""Every word the window shows goes through Qt's translation tools, and every
catalog translates every one of them (docs/architecture.md, "Languages").

The scan reads the window's source (src/showfloor/qt) as Python's parser does and
fails on a string literal or f-string with words in it that is not passed to
``tr``/``translate``/``QT_TRANSLATE_NOOP``, unless it is one of the things a user
never reads: docstrings, log lines, object names, style sheets, keys, markup.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "showfloor"
WINDOW = PACKAGE / "qt"
# The debrief is read by the same people, in the same language as the window.
DEBRIEF = [PACKAGE / "services" / name for name in ("report.py", "report_html.py",
           "report_markup.py", "report_insight_sections.py", "report_people_sections.py",
           "report_charts.py", "charts.py")]  # fmt: skip
I18N = PACKAGE / "resources" / "i18n"
TRANSLATED = ("de", "fr", "es")

WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose string arguments are never shown: names, styles, keys, logging.
NOT_SHOWN_CALLS = {
    "setObjectName", "setStyleSheet", "setProperty", "property", "findChild",
    "findChildren", "getLogger",
    "Signal", "Slot", "QSettings", "value", "setValue", "contains", "startswith",
    "endswith", "split", "join", "replace", "strftime", "strptime", "get", "pop",
    "setdefault", "connect", "emit", "QKeySequence", "setShortcut", "setFamilies",
    "QFont", "setFamily", "fromString", "QColor", "setAccessibleIdentifier", "write",
    "setData", "findData", "group", "match", "sub", "search", "compile", "getattr",
    "hasattr", "isinstance", "Path", "with_suffix", "QUrl", "fromLocalFile", "setHtml_",
    "storage_errors",  # what was being done, for the log
}  # fmt: skip
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
LOGGERS = {"log", "logger", "logging", "_log", "LOG", "warnings"}
# The first argument of these is a key, not a text (menus are found by English name).
# What these show is read, whatever it looks like (even one lower-case word).
UI_SETTERS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setTitle",
    "setStatusTip", "setWhatsThis", "setLabelText", "setSpecialValueText", "setSuffix",
    "setPrefix", "showMessage", "addItem", "addItems", "addTab", "setTabText",
    "setAccessibleName", "setAccessibleDescription", "QLabel", "QPushButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QAction", "QToolButton", "setHorizontalHeaderLabels",
    "information", "question", "critical", "warning", "about", "addRow", "insertRow",
    "getText", "getItem", "getInt", "getSaveFileName", "getOpenFileName",
    "getOpenFileNames", "getExistingDirectory", "QTableWidgetItem", "show_message",
}  # fmt: skip
KEY_FIRST = {"add_action", "set_status", "status", "document_shortcut", "addMenu_"}
NOT_SHOWN_KEYWORDS = {"object_name", "objectName", "key", "name"}
# Names and key labels that read the same in every language.
SAME_IN_EVERY_LANGUAGE = {
    "Showfloor", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial",
    "Esc", "Enter", "Delete", "Space", "Tab", "Return", "English", "Deutsch",
    "Français", "Español", "1 / 2 / 3", "H / W / C", "YYYY-MM-DD", "PIN",
}  # fmt: skip
CSS = re.compile(
    r"^\s*([\w-]+\s*:\s*[^;]+;\s*)+$"  # a style sheet's declarations
    r"|^\s*[@\w.:*#,\s-]*\{[^}]*:[^}]*\}"  # a style sheet's rules
    r"|^[\w ,\"-]+,\s*(sans-)?serif$"  # a font list
)
DATE_PATTERN = re.compile(r"^[dMyHhmsAPap.,: ]+$")  # a QLocale date or time pattern
KEYS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)+\S*$|^F\d+$")


def _words(text: str) -> str:
    """What a reader reads: markup, entities, placeholders and %-codes removed."""
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"""[\w-]+=("[^"]*"|'[^']*')""", " ", text)  # attribute="value" 
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    text = re.sub(r"\{[^}]*\}|%\w", " ", text)
    return text


def looks_shown(text: str) -> bool:
    """Words a person reads: two letters or more, and a space, a capital or an edge."""
    if text.strip() in SAME_IN_EVERY_LANGUAGE or KEYS.match(text.strip()):
        return False
    words = _words(text)
    if not re.search(r"[^\W\d_]{2}", words) or CSS.match(text) or DATE_PATTERN.match(text):
        return False
    stripped = words.strip()
    edge = text != text.strip() and not text.startswith("\n")
    if edge:
        return True  # a fragment glued to other words: " on ", "with "
    if re.fullmatch(r"[\w.\-/:#;=,()*]+", stripped) and not re.match(r"^&?[A-Z][a-z]", stripped):
        return False  # an identifier, a path, a CSS value: one token, not a word
    return " " in stripped or bool(re.match(r"^&?[A-Z][a-z]", stripped))


def _literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    assert isinstance(node, ast.JoinedStr)
    return "".join(
        v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
    )


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def unwrapped_strings(source: str, *, core: bool = False) -> list[tuple[int, str]]:
    """(line, text) of every shown-looking string that is not wrapped.

    ``core``: the core's errors stay English (the command line prints them too).
    """
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if not (is_text or isinstance(node, ast.JoinedStr)):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.JoinedStr | ast.FormattedValue | ast.Expr):
            continue  # part of an f-string (judged whole), or a docstring
        text = _literal_text(node)
        shown = looks_shown(text) or (_set_on_screen(node, parents) and _has_words(text))
        if not shown or _not_shown_place(node, parents):
            continue
        if _in_raise(node, parents, core):
            continue
        assert isinstance(node, ast.Constant | ast.JoinedStr)
        found.append((node.lineno, _literal_text(node)))
    return found


def _set_on_screen(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Passed straight to a call that puts it on screen (setText("typed"))."""
    parent = parents.get(node)
    if not isinstance(parent, ast.Call) or _call_name(parent) not in UI_SETTERS:
        return False
    # addItem(text, data): the data is a key, not shown.
    return not (_call_name(parent) == "addItem" and node in parent.args[1:])


def _has_words(text: str) -> bool:
    stripped = text.strip()
    a_name = re.fullmatch(r"[\w.+\-/:@]+", stripped) and re.search(r"[./:@]", stripped)
    return bool(re.search(r"[^\W\d_]{2}", _words(text))) and not (
        stripped in SAME_IN_EVERY_LANGUAGE or KEYS.match(stripped) or CSS.match(text) or a_name
    )  # a file name or an address as an example ("attendees.csv") reads the same everywhere


def _is_log(call: ast.Call) -> bool:
    """log.warning(...), not QMessageBox.warning(...)."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr in LOG_CALLS
        and isinstance(func.value, ast.Name)
        and func.value.id in LOGGERS
    )


PROGRAMMING_ERRORS = {"RuntimeError", "AssertionError", "TypeError", "ValueError", "KeyError"}


def _in_raise(node: ast.AST, parents: dict[ast.AST, ast.AST], core: bool) -> bool:
    """In the core every error stays English; in the window only a programming error
    (RuntimeError...), which no booth user is meant to read."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Raise):
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            return core or getattr(exc, "id", "") in PROGRAMMING_ERRORS
    return False


def _not_shown_place(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    child = node
    while child in parents:
        parent = parents[child]
        if isinstance(parent, ast.Call):
            name = _call_name(parent)
            if name in WRAPPERS or name in NOT_SHOWN_CALLS or _is_log(parent):
                return True
            return bool(name in KEY_FIRST and parent.args and parent.args[0] is child)
        if isinstance(parent, ast.keyword):
            if parent.arg in NOT_SHOWN_KEYWORDS:
                return True
        elif isinstance(parent, ast.Compare | ast.Subscript):
            return True  # compared with, or used as a key
        elif isinstance(parent, ast.Dict) and child in parent.keys:
            return True
        elif isinstance(parent, ast.stmt):
            return False
        child = parent
    return False


def test_the_scan_knows_a_shown_string_from_a_key() -> None:
    source = '''
from PySide6.QtWidgets import QLabel, QPushButton
class V(QWidget):
    def build(self, n):
        self.a = QPushButton("Save the lead")
        self.b = QLabel(f"{n} leads saved")
        self.setWindowTitle("Settings")
        self.c = QLabel(self.tr("Wrapped text"))
        self.c.setObjectName("lead_table")
        self.c.setStyleSheet("color: #555; font-size: 11px;")
        log.info("saved %s leads", n)
        QMessageBox.warning(self, "Staff", str(exc))
        window.add_action("&File", self.tr("&Quit"), "Ctrl+Q", self.close)
        mapping = {"hot": 1}
        if text == "Some compared text":
            pass
        self.d = QLabel("<b>{0}</b>".format(n))
        self.e = QLabel(" on " + name)
        self.f.setText("typed")
'''
    lines = [text for _line, text in unwrapped_strings(source)]
    assert sorted(lines) == sorted(["Save the lead", " leads saved", "Settings", "Staff", " on ",
                                    "typed"])  # fmt: skip


def test_every_string_the_window_and_the_debrief_show_is_wrapped_for_translation() -> None:
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in [*sorted(WINDOW.rglob("*.py")), *DEBRIEF]
        for line, text in unwrapped_strings(
            path.read_text(encoding="utf-8"), core=path in DEBRIEF
        )
    ]
    assert not missing, (
        "Wrap these in self.tr(...) / QCoreApplication.translate(...) (or mark them with "
        "QT_TRANSLATE_NOOP where they are defined), then run `make translations`:\n"
        + "\n".join(missing)
    )


def _messages(code: str) -> list[ET.Element]:
    root = ET.parse(I18N / f"showfloor_{code}.ts").getroot()
    return list(root.iter("message"))


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}|%n", text.replace("{{", "").replace("}}", "")))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_source_string_has_a_translation(code: str) -> None:
    """A new string without a German, French or Spanish translation fails here."""
    untranslated = []
    for message in _messages(code):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            f.strip() for f in forms
        ):
            untranslated.append(source)
            continue
        for form in forms:  # a lost {name} would make .format() fail at run time
            if _placeholders(form.replace("%n", "")) != _placeholders(source.replace("%n", "")):
                untranslated.append(f"{source!r} -> {form!r} (placeholders differ)")
    assert not untranslated, f"{code}: translate these:\n" + "\n".join(untranslated)


def test_english_has_its_plural_forms() -> None:
    for message in _messages("en"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def test_the_catalogs_hold_every_marked_string(tmp_path: Path) -> None:
    """The committed .ts files are what `make translations` makes of today's code."""
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    fresh = tmp_path / "fresh_de.ts"
    fresh.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de"/>',
        encoding="utf-8",
    )
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
        }

    missing = keys(fresh) - keys(I18N / "showfloor_de.ts")
    assert not missing, f"run `make translations` and translate: {sorted(missing)[:20]}"


@pytest.mark.parametrize("code", (*TRANSLATED, "en"))
def test_the_compiled_catalogs_are_current(tmp_path: Path, code: str) -> None:
    """The .qm the window loads is compiled from the .ts as committed."""
    compiled = tmp_path / f"showfloor_{code}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(I18N / f"showfloor_{code}.ts"), "-qm",
         str(compiled)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    assert compiled.read_bytes() == (I18N / f"showfloor_{code}.qm").read_bytes(), (
        "run `make translations`"
    )
