# Compiled from templates/package/enums.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'e57ba7658fa3ee66b643d77ada127f340d7b8d69424f6bc7b31c9be50cdde2db'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/enums.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api_title = resolve('api_title')
    l_0_enum_bases = resolve('enum_bases')
    l_0_enums = resolve('enums')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['doctext']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'doctext' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '"""Enumerations of '
    yield str(t_2((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield ': one class per set of values, shared by every field that\ntakes the same values. Responses also accept values not listed here (kept as plain text)."""\n\nfrom __future__ import annotations\n'
    if (undefined(name='enum_bases') if l_0_enum_bases is missing else l_0_enum_bases):
        pass
        yield '\nfrom enum import '
        yield str(t_3(context.eval_ctx, (undefined(name='enum_bases') if l_0_enum_bases is missing else l_0_enum_bases), ', '))
    for l_1_enum in (undefined(name='enums') if l_0_enums is missing else l_0_enums):
        _loop_vars = {}
        pass
        yield '\n\n\nclass '
        yield str(environment.getattr(l_1_enum, 'name'))
        yield '('
        yield str(environment.getattr(l_1_enum, 'base'))
        yield '):\n    '
        yield str(t_1(environment.getattr(l_1_enum, 'docstring'), 4))
        yield '\n'
        for (l_2_assignment, l_2_description) in environment.getattr(l_1_enum, 'members'):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(l_2_assignment)
            if l_2_description:
                pass
                yield '\n    '
                yield str(t_1(l_2_description, 4))
        l_2_assignment = l_2_description = missing
    l_1_enum = missing
    yield '\n'

blocks = {}
debug_info = '1=33&5=35&6=38&8=39&11=43&12=47&13=49&14=53&15=54&16=57'
