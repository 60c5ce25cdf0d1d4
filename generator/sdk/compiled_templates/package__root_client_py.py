# Compiled from templates/package/root_client.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'b30895468249f1b66c90c907c4813723fab14c982eb5433963c05c1a9e72161b'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/root_client.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""'
    yield str(('Asynchronous' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_async') else 'Synchronous'))
    yield ' client for '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'api_title'))
    yield ': one service per page of the documentation."""\n\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import TYPE_CHECKING\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'base_import'))
    yield '\n\nif TYPE_CHECKING:'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'type_checking_imports'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_line)
    l_1_line = missing
    yield '\n\n\nclass '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield '('
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'base'))
    yield '):\n'
    template = environment.get_or_select_template(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'template'), 'package/root_client.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n\n    @cached_property\n    def with_raw_response(self) -> '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield 'WithRawResponse:\n        """Every service\'s operations, each returning its call\'s RawResponse: `status_code`,\n        `headers`, `rate_limit`, and `parse()` for the data."""\n        return '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield 'WithRawResponse(self)'
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
        yield '(self)'
    l_1_service = missing
    yield '\n\n\nclass '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield 'WithRawResponse:\n    """The services of a '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield ', their operations each returning its call\'s\n    RawResponse."""\n\n    def __init__(self, client: '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield ') -> None:\n        self._client = client'
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
        yield 'WithRawResponse(self._client.'
        yield str(environment.getattr(l_1_service, 'name'))
        yield ')'
    l_1_service = missing
    yield '\n'

blocks = {}
debug_info = '1=13&8=17&11=19&12=23&16=26&17=30&20=37&23=39&24=41&27=45&28=49&30=51&32=53&36=57&37=59&40=61&42=63&45=67&46=71&47=73&49=75'
