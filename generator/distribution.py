"""What a generated distribution may be called and versioned, checked before anything is
written: an import name that can be imported and hides no other module, a distribution name
pip accepts, and a PEP 440 version the release side can bump.

Imports nothing else of the generator: the config, the CLI and the release side all use it.
"""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass

MAX_PACKAGE_NAME = 100
"""Characters; file names built from the name (`NAME-VERSION.dist-info`) must fit in 255."""

# What the generated package imports at run time (httpx, pydantic and theirs) and what its own
# tests and build run with: a package of the same name would be imported in their place.
_DEPENDENCIES = frozenset(
    {
        *("httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi", "h2", "hpack"),
        *("hyperframe", "brotli", "socksio", "pydantic", "pydantic_core", "annotated_types"),
        *("typing_extensions", "typing_inspection", "email_validator", "exceptiongroup"),
        *("pytest", "_pytest", "pluggy", "iniconfig", "packaging", "pygments", "py"),
        *("setuptools", "pkg_resources", "_distutils_hack", "distutils", "wheel", "pip"),
    }
)
# Modules Python imports by itself at start-up when one by that name is on the path (`site`
# imports them), so an installed package of that name would run in every process. (Those a
# .pth file imports, `_virtualenv`, `_distutils_hack`, start with _: refused already.)
_STARTUP = frozenset({"sitecustomize", "usercustomize"})
# The standard library of every Python the generated package supports (3.11 and later), not
# only of the Python sdkgen runs on: modules removed in 3.12 and 3.13 still shadow on 3.11,
# and modules added since would be shadowed on newer Pythons.
_STDLIB_OF_OTHER_VERSIONS = frozenset(
    {
        *("asynchat", "asyncore", "distutils", "imp", "smtpd"),  # removed in 3.12
        *("aifc", "audioop", "cgi", "cgitb", "chunk", "crypt", "imghdr", "lib2to3"),
        *("mailcap", "msilib", "nis", "nntplib", "ossaudiodev", "pipes", "sndhdr"),
        *("spwd", "sunau", "telnetlib", "uu", "xdrlib"),  # removed in 3.13
        *("annotationlib", "compression"),  # added in 3.14
    }
)
# The names pytest registers its own plugins under (its built-in plugin modules, pytest 7 to
# 9, and the objects it registers at start-up): the generated package's pytest11 entry
# point is named after the package, and pluggy keeps one plugin per name.
_PYTEST_PLUGINS = frozenset(
    {
        *("mark", "main", "runner", "fixtures", "helpconfig", "python", "terminal"),
        *("debugging", "capture", "skipping", "legacypath", "tmpdir", "monkeypatch"),
        *("recwarn", "pastebin", "assertion", "junitxml", "cacheprovider", "setuponly"),
        *("setupplan", "stepwise", "unraisableexception", "threadexception", "reports"),
        *("subtests", "nose", "python_path", "pytester"),
        *("session", "pytestconfig", "capturemanager", "terminalreporter", "funcmanage"),
        *("lfplugin", "nfplugin", "stepwiseplugin", "pdbtrace", "pdbinvoke"),
    }
)
# Folders and modules the generated project has beside the package.
_PROJECT_NAMES = frozenset({"tests", "conftest"})

_ASCII_IDENTIFIER = re.compile(r"[A-Za-z0-9_]+")
_STDLIB = {
    module.casefold(): module for module in (*sys.stdlib_module_names, *_STDLIB_OF_OTHER_VERSIONS)
}
# PEP 508: what pip and PyPI accept as a project name.
_DISTRIBUTION_NAME = re.compile(r"[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9]", re.IGNORECASE)


def package_name_problem(name: str) -> str | None:
    """Why `name` cannot be the generated package's import name, or None if it can.

    Compared without case: on macOS and Windows file systems `Json/` hides `json`."""
    if not _ASCII_IDENTIFIER.fullmatch(name):
        return "is not an ASCII identifier (letters, digits and _, starting with a letter)"
    if not name[0].isalpha():
        return "must start with a letter"
    if len(name) > MAX_PACKAGE_NAME:
        return f"is longer than {MAX_PACKAGE_NAME} characters"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    folded = name.casefold()
    if folded in _STARTUP:
        return (
            "is a module Python imports by itself at start-up: installed, it would run in "
            "every Python process"
        )
    if folded in _STDLIB:
        return f"would shadow the standard library module {_STDLIB[folded]!r}"
    if folded in _DEPENDENCIES:
        return "would shadow a module the generated package needs (its dependencies and tests)"
    if folded in _PYTEST_PLUGINS:
        return (
            "is the name of a plugin pytest registers itself: the package's pytest plugin "
            "(an entry point named after the package) would clash with it"
        )
    if folded in _PROJECT_NAMES:
        return "is the name of a folder or module of the generated project itself"
    return None


def distribution_name_problem(name: str) -> str | None:
    """Why `name` cannot be the distribution's name (pyproject `project.name`), or None."""
    if not _DISTRIBUTION_NAME.fullmatch(name):
        return "is not a valid distribution name (ASCII letters, digits, '.', '_', '-')"
    return None


def normalized_name(name: str) -> str:
    """A distribution name as an index compares it (PEP 503): `Kucoin_SDK` is `kucoin-sdk`."""
    return re.sub(r"[-_.]+", "-", name).lower()


def distribution_name_for(package: str) -> str:
    """The distribution name for an import name, in its PEP 503 form: `kucoin_market` →
    `kucoin-market`, `MyBot` → `mybot`."""
    return normalized_name(package.strip("_"))


# PEP 440, Appendix B: the canonical regular expression for a version.
_PEP440 = re.compile(
    r"""
    v?
    (?:(?P<epoch>[0-9]+)!)?
    (?P<release>[0-9]+(?:\.[0-9]+)*)
    (?P<pre>
        [-_.]?
        (?P<pre_l>alpha|a|beta|b|preview|pre|c|rc)
        [-_.]?
        (?P<pre_n>[0-9]+)?
    )?
    (?P<post>
        (?:-(?P<post_n1>[0-9]+))
        |
        (?:[-_.]?(?P<post_l>post|rev|r)[-_.]?(?P<post_n2>[0-9]+)?)
    )?
    (?P<dev>[-_.]?(?P<dev_l>dev)[-_.]?(?P<dev_n>[0-9]+)?)?
    (?:\+(?P<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PRE_LETTERS = {"a": "a", "alpha": "a", "b": "b", "beta": "b"}
_PRE_LETTERS |= {"c": "rc", "rc": "rc", "pre": "rc", "preview": "rc"}


@dataclass(frozen=True, order=False)
class Version:
    """A PEP 440 version, normalized, its release padded to at least MAJOR.MINOR.PATCH."""

    epoch: int
    release: tuple[int, ...]
    pre: tuple[str, int] | None = None
    post: int | None = None
    dev: int | None = None
    local: str | None = None

    def __str__(self) -> str:
        text = f"{self.epoch}!" if self.epoch else ""
        text += ".".join(str(number) for number in self.release)
        if self.pre is not None:
            text += f"{self.pre[0]}{self.pre[1]}"
        if self.post is not None:
            text += f".post{self.post}"
        if self.dev is not None:
            text += f".dev{self.dev}"
        return text + (f"+{self.local}" if self.local else "")

    def sort_key(self) -> tuple[object, ...]:
        """PEP 440 ordering (local versions ignored): a dev release sorts before the
        pre-releases of the same release, which sort before the release, then post-releases."""
        release = list(self.release)
        while len(release) > 1 and release[-1] == 0:
            release.pop()
        if self.pre is None and self.post is None and self.dev is not None:
            pre: tuple[int, str, int] = (-1, "", 0)
        elif self.pre is None:
            pre = (1, "", 0)
        else:
            pre = (0, *self.pre)
        post = -1 if self.post is None else self.post
        dev = (1, 0) if self.dev is None else (0, self.dev)
        return (self.epoch, tuple(release), pre, post, dev)


MAX_VERSION_DIGITS = 50
"""Of each number in a version: PEP 440 sets no bound, but Python will not read an integer of
more than 4300 digits (and nobody numbers releases so), so a longer one is refused, not a
crash."""
_NUMBER = re.compile(r"[0-9]+")


def parse_version(text: str) -> Version | None:
    """`text` as a PEP 440 version (padded: `1.0` → `1.0.0`, `2` → `2.0.0`), None if it is
    not one or holds a number of more than MAX_VERSION_DIGITS digits."""
    if any(len(number) > MAX_VERSION_DIGITS for number in _NUMBER.findall(text)):
        return None
    match = _PEP440.fullmatch(text)
    if match is None:
        return None
    release = tuple(int(part) for part in match.group("release").split("."))
    release += (0,) * (3 - len(release))
    pre = None
    if match.group("pre_l"):
        pre = (_PRE_LETTERS[match.group("pre_l").lower()], int(match.group("pre_n") or 0))
    post = None
    if match.group("post"):
        post = int(match.group("post_n1") or match.group("post_n2") or 0)
    dev = int(match.group("dev_n") or 0) if match.group("dev") else None
    local = match.group("local")
    return Version(
        epoch=int(match.group("epoch") or 0),
        release=release,
        pre=pre,
        post=post,
        dev=dev,
        local=re.sub(r"[-_]", ".", local).lower() if local else None,
    )


def normalized_version(text: str) -> str | None:
    """`text` as a normalized, padded PEP 440 version string, or None if it is not one."""
    version = parse_version(text)
    return None if version is None else str(version)


PEP440_HINT = (
    "is not a PEP 440 version (such as 1.2.0, 2.0.0rc1 or 1.0.0.post1) whose numbers have at "
    f"most {MAX_VERSION_DIGITS} digits"
)


def shortened_repr(text: str, limit: int = 60) -> str:
    """`text` quoted for an error message, cut to `limit` characters and its length told:
    a 5000-digit version is not echoed whole."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}... ({len(text)} characters)"
