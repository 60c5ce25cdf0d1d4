# Compiled from templates/package/operations.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'a324b8a6d53d68cc5f76c86cd213eedc151efac664fb5dc5a52acbb31910a1b5'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/operations.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""Every operation of the API: what the clients call, the docs list and tests walk."""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\nfrom types import MappingProxyType\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'operation_import'))
    yield '\n\nOPERATIONS: Mapping[str, Operation] = MappingProxyType(\n    {'
    for l_1_op in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'operations'):
        _loop_vars = {}
        pass
        yield '\n        '
        yield str(environment.getattr(l_1_op, 'name'))
        yield ': Operation('
        for l_2_argument in environment.getattr(l_1_op, 'arguments'):
            _loop_vars = {}
            pass
            yield '\n            '
            yield str(l_2_argument)
        l_2_argument = missing
        yield '\n        ),'
    l_1_op = missing
    yield '\n    }\n)\n"""'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'table_docstring'))
    yield '"""\n'

blocks = {}
debug_info = '8=13&12=15&13=19&14=21&15=25&21=30'
