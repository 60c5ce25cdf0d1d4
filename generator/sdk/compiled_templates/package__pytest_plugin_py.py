# Compiled from templates/package/pytest_plugin.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '402ca477070b1d4b8a9ec70ba96660d0e0e909318d5f85318892a8e11c75b9df'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/pytest_plugin.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""pytest plugin: the `'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '_mock` fixture, a fresh FakeKucoin for each test.\n\nInstalled with the package (entry point `pytest11`); in a test:\n\n    def test_places_an_order('
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '_mock):\n        client = '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '_mock.client()\n        ...\n"""\n\nfrom __future__ import annotations\n\nimport pytest\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'fake_import'))
    yield '\n\n\n@pytest.fixture\ndef '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '_mock() -> FakeKucoin:\n    """A fake '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'api_title'))
    yield ' API with test credentials; see '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '.testing."""\n    return FakeKucoin()\n'

blocks = {}
debug_info = '1=13&5=15&6=17&14=19&18=21&19=23'
