# Compiled from templates/package/enums.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '9f4ddd65e9cfa8bff0950dee93300e10177cb838018fc74c920dbb465b195a55'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/enums.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""Enumerations of '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'api_title'))
    yield ': one class per set of values, shared by every field that\ntakes the same values. Responses also accept values not listed here (kept as plain text)."""\n\nfrom __future__ import annotations'
    for l_1_block in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'header_blocks'):
        _loop_vars = {}
        pass
        yield '\n\n'
        yield str(l_1_block)
    l_1_block = missing
    for l_1_enum in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'enums'):
        _loop_vars = {}
        pass
        yield '\n\n\nclass '
        yield str(environment.getattr(l_1_enum, 'name'))
        yield '('
        yield str(environment.getattr(l_1_enum, 'base'))
        yield '):\n    '
        yield str(environment.getattr(l_1_enum, 'docstring'))
        yield '\n'
        for l_2_line in environment.getattr(l_1_enum, 'lines'):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(l_2_line)
        l_2_line = missing
        for l_2_block in environment.getattr(l_1_enum, 'after'):
            _loop_vars = {}
            pass
            yield '\n\n\n'
            yield str(l_2_block)
        l_2_block = missing
    l_1_enum = missing
    yield '\n'

blocks = {}
debug_info = '1=13&5=15&7=19&9=21&12=25&13=29&14=31&15=35&17=37&20=41'
