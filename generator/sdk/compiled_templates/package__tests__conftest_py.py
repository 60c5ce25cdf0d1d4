# Compiled from templates/package/tests/conftest.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '23dd44a9d45b4d6a77806cb5c94d1331256a6dd5153010c45751535ee42fdf11'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/tests/conftest.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    try:
        t_1 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    yield '"""Load the package\'s pytest plugin when it is not installed (e.g. run from a source tree)."""\n\nfrom __future__ import annotations\n\nimport pytest\n\n\ndef pytest_configure(config: pytest.Config) -> None:\n    # Installed, the plugin registers itself through its `pytest11` entry point.\n    if not config.pluginmanager.hasplugin('
    yield str(t_1((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield '):\n        config.pluginmanager.import_plugin("'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.pytest_plugin")\n'

blocks = {}
debug_info = '10=19&11=21'
