"""Writing: a generated tree (relative path → text) onto disk, all at once or not at all,
only where sdkgen may write, one run at a time.

`target` decides which folders may be replaced, `manifest` marks a tree as sdkgen's and lists
its files, `lock` keeps runs apart, `write` claims the folder and swaps the new tree in.

May import nothing else of the generator: it knows files, not pages or SDKs.
"""
