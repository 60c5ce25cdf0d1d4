# Compiled from templates/package/group_client.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'd234b863f546f85f13a94133edb636056464fc408ae18020a1fbed4bf10cc07a'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/group_client.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'module_docstring'))
    yield '"""\n\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import TYPE_CHECKING\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'client_import'))
    yield '\n\nif TYPE_CHECKING:'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_checking_imports'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_line)
    l_1_line = missing
    yield '\n\n\nclass '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield ':\n    """'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'))
    yield '"""\n\n    def __init__(self, client: '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'client_base'))
    yield ') -> None:\n        self._client = client\n\n    def __repr__(self) -> str:\n        return f"<{type(self).__name__} of {self._client!r}>"'
    for l_1_service in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'services'):
        _loop_vars = {}
        pass
        yield '\n\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_service, 'name'))
        yield '(self) -> '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield ':\n        """The '
        yield str(environment.getattr(l_1_service, 'title'))
        yield ' endpoints."""\n        # Imported on first use: a program that never calls a service never loads it.\n        '
        yield str(environment.getattr(l_1_service, 'lazy_import'))
        yield '\n\n        return '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield '(self._client)'
    l_1_service = missing
    yield '\n\n\nclass '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield 'WithRawResponse:\n    """The services of a '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield ', their operations each returning its call\'s\n    RawResponse."""\n\n    def __init__(self, group: '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield ') -> None:\n        self._group = group'
    for l_1_service in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'services'):
        _loop_vars = {}
        pass
        yield '\n\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_service, 'name'))
        yield '(self) -> '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield 'WithRawResponse:\n        """The '
        yield str(environment.getattr(l_1_service, 'title'))
        yield ' endpoints."""\n        '
        yield str(environment.getattr(l_1_service, 'raw_lazy_import'))
        yield '\n\n        return '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield 'WithRawResponse(self._group.'
        yield str(environment.getattr(l_1_service, 'name'))
        yield ')'
    l_1_service = missing
    yield '\n'

blocks = {}
debug_info = '1=13&8=15&11=17&12=21&16=24&17=26&19=28&24=30&27=34&28=38&30=40&32=42&36=46&37=48&40=50&42=52&45=56&46=60&47=62&49=64'
