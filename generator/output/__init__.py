"""Writing: a generated tree (relative path → text) onto disk, all at once or not at all.

May import nothing else of the generator: it knows files, not pages or SDKs.
"""
