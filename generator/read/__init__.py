"""Reading: a Widdershins page (or an OpenAPI document) → the IR.

`page` splits the Markdown into operation sections with line numbers (the only module that
knows Markdown); `json_source`, `schema_json` and `schema_table` read the raw JSON Schema
blocks and the `»` tables that repeat them; `parse` merges all of it into one `Api`.
`openapi` is the second front door: an OpenAPI 3.0 document (`openapi_document`: its data,
lines and `$ref`s; `openapi_paths`, `openapi_schema`, `openapi_security`, `openapi_tables`)
read into the `Api` its Widdershins page gives; `sources` reads either, by the file's name.
Bad input is a `ParseError` naming the file and line; contradictions are `ParseWarning`s.

May import: `generator.ir`, `generator.diagnostics`, `generator.naming`,
`generator.source_files`. Nothing here knows the SDK, Jinja or the release side.
"""
