"""The intermediate model (IR): what a page says, as frozen dataclasses, and its two written
forms, the YAML snapshot (`snapshot`) and the OpenAPI 3.0.3 export (`openapi`).

The IR is the contract between reading and everything after it. May import only
`generator.diagnostics`; every other stage imports this one.
"""
