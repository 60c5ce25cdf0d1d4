"""The release side: what changed between two IRs, and what that means for the package.

`diff` classifies every change for users of the generated SDK (the page and its operations;
`diff_schemas` the fields of their schemas; `pairing` matches old and new items up) as the
values of `changes`; `report` renders them as Markdown or JSON; `versions` bumps the version
and writes the changelog; `drift` compares a committed tree with a fresh generation;
`revision` reads a page as committed in git.

May import: `generator.ir`, `generator.diagnostics` and `generator.distribution` (versions).
Never the reading stage or the SDK.
"""
