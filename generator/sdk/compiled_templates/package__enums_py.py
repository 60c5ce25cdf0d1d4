# Compiled from templates/package/enums.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '9d6f5185e84a3322e7b9b945c330d44f0afda2a6f34975620627919d1b49d18c'
JINJA_VERSION = '3.1.6'
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
    l_0_shared_imports = resolve('shared_imports')
    l_0_import_from = resolve('import_from')
    l_0_package = resolve('package')
    l_0_exported = resolve('exported')
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
    try:
        t_4 = environment.filters['pyrepr_at']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr_at' found.")
    pass
    yield '"""Enumerations of '
    yield str(t_2((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield ': one class per set of values, shared by every field that\ntakes the same values. Responses also accept values not listed here (kept as plain text)."""\n\nfrom __future__ import annotations\n'
    if (undefined(name='enum_bases') if l_0_enum_bases is missing else l_0_enum_bases):
        pass
        yield '\nfrom enum import '
        yield str(t_3(context.eval_ctx, (undefined(name='enum_bases') if l_0_enum_bases is missing else l_0_enum_bases), ', '))
    if (undefined(name='shared_imports') if l_0_shared_imports is missing else l_0_shared_imports):
        pass
        yield '\n\n'
        yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, str_join(((undefined(name='package') if l_0_package is missing else l_0_package), '._enums', )), (undefined(name='shared_imports') if l_0_shared_imports is missing else l_0_shared_imports)))
        yield '\n\n'
        yield str(t_4((undefined(name='exported') if l_0_exported is missing else l_0_exported), 0, '__all__ = '))
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
debug_info = '1=43&5=45&6=48&8=49&10=52&12=54&14=55&17=59&18=63&19=65&20=69&21=70&22=73'
