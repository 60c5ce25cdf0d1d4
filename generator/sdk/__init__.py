"""The SDK: IR + config → every file of the generated project.

`plan` makes every decision (names, types, constraints, rules, pagination) and `compose`
puts a package's pages together, each a service with its layout; `examples` and `fixtures`
build example values; `views` turns the plan into one typed, escaped view per template and
`render` lays them out through the Jinja templates (`layout` wraps lines as black would, so
no formatter runs); `syntax` checks the code compiles; `generate` ties them into one file
map, with the release side's version and changelog.

May import: `generator.ir`, `generator.config`, `generator.naming`, `generator.diagnostics`,
`generator.release.versions` (the version of what it generates), and of the runtime only
`generator.runtime._echo` (the fake server's echo, which the fixtures apply as the fake does).
Never the reading stage: nothing here looks at Markdown.
"""
