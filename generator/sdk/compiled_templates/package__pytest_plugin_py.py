# Compiled from templates/package/pytest_plugin.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '5bbf2cadc24a4b148e1544709c493073c15a9e53c7ee4bfda644c6a9c770cf57'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/pytest_plugin.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_import_from = resolve('import_from')
    l_0_api_title = resolve('api_title')
    try:
        t_1 = environment.filters['doctext']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'doctext' found.")
    pass
    yield '"""pytest plugin: the `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '_mock` fixture, a fresh FakeKucoin for each test.\n\nInstalled with the package (entry point `pytest11`); in a test:\n\n    def test_places_an_order('
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '_mock):\n        client = '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '_mock.client()\n        ...\n"""\n\nfrom __future__ import annotations\n\nimport pytest\n\n'
    yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, str_join(((undefined(name='package') if l_0_package is missing else l_0_package), '.testing', )), ['FakeKucoin']))
    yield '\n\n\n@pytest.fixture\ndef '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '_mock() -> FakeKucoin:\n    """A fake '
    yield str(t_1((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield ' API with test credentials; see '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.testing."""\n    return FakeKucoin()\n'

blocks = {}
debug_info = '1=21&5=23&6=25&14=27&18=29&19=31'
