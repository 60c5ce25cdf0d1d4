# Compiled from templates/package/root_client.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '028332c72f74899a0b8a20434b25829359312c82c26915fa193018b98fd5c327'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/root_client.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_is_async = resolve('is_async')
    l_0_api_title = resolve('api_title')
    l_0_package = resolve('package')
    l_0_base = resolve('base')
    l_0_services = resolve('services')
    l_0_class_name = resolve('class_name')
    l_0_adef = missing
    try:
        t_1 = environment.filters['doctext']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'doctext' found.")
    try:
        t_2 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    l_0_adef = ('async def' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'def')
    context.vars['adef'] = l_0_adef
    context.exported_vars.add('adef')
    yield '"""'
    yield str(('Asynchronous' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'Synchronous'))
    yield ' client for '
    yield str(t_1((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield ': one service per page of the documentation."""\n\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import TYPE_CHECKING\n\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '._client import '
    yield str((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '\n\nif TYPE_CHECKING:'
    for l_1_service in t_2(environment, (undefined(name='services') if l_0_services is missing else l_0_services), attribute='module'):
        l_1_import_from = resolve('import_from')
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(context.call((undefined(name='import_from') if l_1_import_from is missing else l_1_import_from), 4, environment.getattr(l_1_service, 'module'), [environment.getattr(l_1_service, 'class_name'), str_join((environment.getattr(l_1_service, 'class_name'), 'WithRawResponse', ))], _loop_vars=_loop_vars))
    l_1_service = l_1_import_from = missing
    yield '\n\n\nclass '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield '('
    yield str((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '):\n'
    template = environment.get_template('package/client_docstring.j2', 'package/root_client.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'adef': l_0_adef}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n\n    @cached_property\n    def with_raw_response(self) -> '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield 'WithRawResponse:\n        """Every service\'s operations, each returning its call\'s RawResponse: `status_code`,\n        `headers`, `rate_limit`, and `parse()` for the data."""\n        return '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield 'WithRawResponse(self)'
    for l_1_service in (undefined(name='services') if l_0_services is missing else l_0_services):
        l_1_import_from = resolve('import_from')
        _loop_vars = {}
        pass
        yield '\n\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_service, 'name'))
        yield '(self) -> '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield ':\n        """The '
        yield str(t_1(environment.getattr(l_1_service, 'title')))
        yield ' endpoints."""\n        # Imported on first use: a program that never calls a service never loads it.\n        '
        yield str(context.call((undefined(name='import_from') if l_1_import_from is missing else l_1_import_from), 8, environment.getattr(l_1_service, 'module'), [environment.getattr(l_1_service, 'class_name')], _loop_vars=_loop_vars))
        yield '\n\n        return '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield '(self)'
    l_1_service = l_1_import_from = missing
    yield '\n\n\nclass '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield 'WithRawResponse:\n    """The services of a '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield ', their operations each returning its call\'s\n    RawResponse."""\n\n    def __init__(self, client: '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield ') -> None:\n        self._client = client'
    for l_1_service in (undefined(name='services') if l_0_services is missing else l_0_services):
        l_1_import_from = resolve('import_from')
        _loop_vars = {}
        pass
        yield '\n\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_service, 'name'))
        yield '(self) -> '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield 'WithRawResponse:\n        """The '
        yield str(t_1(environment.getattr(l_1_service, 'title')))
        yield ' endpoints."""\n        '
        yield str(context.call((undefined(name='import_from') if l_1_import_from is missing else l_1_import_from), 8, environment.getattr(l_1_service, 'module'), [str_join((environment.getattr(l_1_service, 'class_name'), 'WithRawResponse', ))], _loop_vars=_loop_vars))
        yield '\n\n        return '
        yield str(environment.getattr(l_1_service, 'class_name'))
        yield 'WithRawResponse(self._client.'
        yield str(environment.getattr(l_1_service, 'name'))
        yield ')'
    l_1_service = l_1_import_from = missing
    yield '\n'

blocks = {}
debug_info = '1=30&2=34&9=38&12=42&13=47&17=50&18=54&21=61&24=63&25=65&28=70&29=74&31=76&33=78&37=82&38=84&41=86&43=88&46=93&47=97&48=99&50=101'
