"""Reading: a Widdershins page (or an OpenAPI document) → the IR.

`page` splits the Markdown into operation sections with line numbers (the only module that
knows Markdown); `json_source`, `schema_json` and `schema_table` read the raw JSON Schema
blocks and the `»` tables that repeat them; `parse` merges all of it into one `Api`.
Bad input is a `ParseError` naming the file and line; contradictions are `ParseWarning`s.

May import: `generator.ir`, `generator.diagnostics`, `generator.naming`,
`generator.source_files`. Nothing here knows the SDK, Jinja or the release side.
"""
