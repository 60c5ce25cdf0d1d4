# Compiled from templates/package/tests/conftest.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '354cf1410c00cbbb4efe3d02037709b65c60273331a8d6acbcd5731c0193b503'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/tests/conftest.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""Load the package\'s pytest plugin when it is not installed (e.g. run from a source tree)."""\n\nfrom __future__ import annotations\n\nimport pytest\n\n\ndef pytest_configure(config: pytest.Config) -> None:\n    # Installed, the plugin registers itself through its `pytest11` entry point.\n    if not config.pluginmanager.hasplugin('
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package_literal'))
    yield '):\n        config.pluginmanager.import_plugin("'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '.pytest_plugin")\n'

blocks = {}
debug_info = '10=13&11=15'
