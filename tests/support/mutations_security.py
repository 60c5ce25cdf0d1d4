"""Mutations of a page's servers and authentication, as Widdershins prints them: the
`Base URLs:` list (servers and their variables), the `# Authentication` section (API keys,
http and OAuth 2 schemes, their flows and scope tables) and each operation's `<aside>` naming
the schemes that authenticate it. Part of the mutations aimed at the constructs beyond
KuCoin's pages (tests/support/mutations_beyond.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tests.support.mutations import Chooser, Mutation, corrupt_line, lines_of


def _section(lines: Sequence[str], start: re.Pattern[str]) -> range:
    """The lines from the first one matching `start` up to the next heading (a line starting
    `#`, `<h1` or `<h2`); IndexError when no line matches."""
    starts = [i for i, line in enumerate(lines) if start.match(line)]
    if not starts:
        raise IndexError(f"no line matches {start.pattern}")
    first = starts[0]
    end = next(
        (i for i in range(first + 1, len(lines)) if lines[i].startswith(("#", "<h1", "<h2"))),
        len(lines),
    )
    return range(first, end)


_AUTH_NOISE = (
    "API Key (",
    ")",
    "HTTP Authentication, scheme: ",
    "oAuth2 authentication.",
    "OpenID Connect",
    "Flow: ",
    "Authorization URL = ",
    "Token URL = ",
    "Parameter Name: **",
    "**",
    ", in: ",
    "header",
    "query",
    "cookie",
    "body",
    "bearer",
    "basic",
    "implicit",
    "password",
    "nowhere",
    "| Scope | Scope Description |",
    "|",
    "- ",
    "  - ",
    "    - ",
    "* ",
    "[",
    "](",
    "=",
    "{",
    "}",
    "{nowhere}",
    "Default: ",
    '<a href="',
    "</a>",
    "",
)

_AUTH_LINES = (
    "- API Key (keyHeader)",
    "- API Key ()",
    "- API Key (x",
    "  - Parameter Name: **X-Key**, in: header.",
    "  - Parameter Name: **X-Key**, in: nowhere.",
    "  - Parameter Name: ****, in: query.",
    "- HTTP Authentication, scheme: basic",
    "- HTTP Authentication, scheme: ",
    "- HTTP Authentication, scheme: nowhere",
    "- oAuth2 authentication.",
    "  - Flow: authorizationCode",
    "  - Flow: nowhere",
    "    - Flow: password",
    "  - Token URL = [x](x)",
    "  - Authorization URL =",
    "| Scope | Scope Description |",
    "| ----- | ----------------- |",
    "| a:b   | c                 |",
    "| a:b   |",
    '- <a href="https://{nowhere}.example">https://{nowhere}.example</a>',
    '- <a href="">https://x.example</a>',
    '- <a href="/relative">/relative</a>',
    '- <a href="https://x.example">https://y.example</a>',
    "  - **region** - Default: nowhere",
    "  - **region** - ",
    "  - **nowhere** - Default: x",
    "    - eu",
    "",
)


def _section_mutation(start: str) -> Mutation:
    pattern = re.compile(start)

    def mutation(text: str, choose: Chooser) -> tuple[str, str]:
        lines = lines_of(text)
        section = _section(lines, pattern)
        index = choose.choice([i for i in section if lines[i].strip()])
        action = choose.choice(("delete", "duplicate", "garble", "replace", "insert", "swap"))
        if action == "delete":
            count = choose.choice((1, 1, 2, 4))
            del lines[index : index + count]
            return "\n".join(lines), f"line {index + 1}: delete {count} line(s)"
        if action == "duplicate":
            # The line and the more indented lines under it: a whole scheme, flow or server.
            end = index + 1
            indent = len(lines[index]) - len(lines[index].lstrip())
            while end < section.stop and (
                not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
            ):
                end += 1
            lines[end:end] = lines[index:end]
            return "\n".join(lines), f"duplicate lines {index + 1}-{end}"
        if action == "garble":
            lines[index], what = corrupt_line(lines[index], choose, _AUTH_NOISE)
            return "\n".join(lines), f"line {index + 1}: {what}"
        if action == "swap":
            other = choose.choice([i for i in section if i != index] or [index])
            lines[index], lines[other] = lines[other], lines[index]
            return "\n".join(lines), f"swap lines {index + 1} and {other + 1}"
        new = choose.choice(_AUTH_LINES)
        if action == "replace":
            lines[index] = new
        else:
            lines.insert(index + 1, new)
        return "\n".join(lines), f"line {index + 1}: {action} {new!r}"

    mutation.__doc__ = f"Delete, repeat, garble, replace, insert or swap lines of {start}."
    return mutation


security_schemes = _section_mutation(r"^# Authentication\s*$")
base_urls = _section_mutation(r"^Base URLs:")

_ASIDE_START = re.compile(r'^<aside class="[^"]*">')
AUTH_INTRO = "To perform this operation, you must be authenticated by means of"
_REQUIREMENTS = (
    "",
    "None",
    "nowhere",
    "& ",
    " & ",
    ", ,",
    "{0} & ",
    "& {0}",
    "{0}, , {0}",
    "{0} & {0}",
    "{0}, {0}",
    "None & {0}",
    "{0} ( Scopes: )",
    "{0} ( Scopes: a b",
    "{0} ( Scopes: nowhere )",
    "{0} ( Scopes: x ) ( Scopes: y )",
    "{0} (",
    "{0}(Scopes:x)",
)


def auth_aside(text: str, choose: Chooser) -> tuple[str, str]:
    """Edit an operation's authentication aside: drop or repeat it, swap its kind, or write
    its list of schemes wrong (unknown names, dangling `&`, broken scopes)."""
    lines = lines_of(text)
    starts = [i for i, line in enumerate(lines) if _ASIDE_START.match(line)]
    index = choose.choice(starts)
    end = next((i for i in range(index, len(lines)) if "</aside>" in lines[i]), index)
    names = re.findall(r"[A-Za-z_][\w.-]*", " ".join(lines[index + 2 : end])) or ["x"]
    action = choose.choice(("drop", "repeat", "intro", "requirement", "requirement", "garble"))
    if action == "drop":
        del lines[index : end + 1]
        return "\n".join(lines), f"lines {index + 1}-{end + 1}: drop the aside"
    if action == "repeat":
        lines[end + 1 : end + 1] = ["", *lines[index : end + 1]]
        return "\n".join(lines), f"lines {index + 1}-{end + 1}: repeat the aside"
    if action == "intro":
        intro = choose.choice(
            (
                f"{AUTH_INTRO}:",
                f"{AUTH_INTRO} one of the following methods:",
                "This operation does not require authentication",
                "",
            )
        )
        lines[index + 1] = intro
        return "\n".join(lines), f"line {index + 2}: := {intro!r}"
    listed = end - index >= 3  # the intro line, then the schemes' line
    target = index + 2 if listed else index + 1
    if action == "garble":
        lines[target], what = corrupt_line(lines[target], choose, ("&", ",", "(", ")", " "))
        return "\n".join(lines), f"line {target + 1}: {what}"
    requirement = choose.choice(_REQUIREMENTS).format(choose.choice(names))
    if listed:
        lines[target] = requirement
    else:
        lines.insert(target + 1, requirement)
    return "\n".join(lines), f"aside at line {index + 1}: schemes := {requirement!r}"
