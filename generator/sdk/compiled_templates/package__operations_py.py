# Compiled from templates/package/operations.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '20f0a897674e506e08ba1fc6dbd78d83ffb97bfac6da74b2c1cd9b875d6cfec7'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/operations.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_import_from = resolve('import_from')
    l_0_package = resolve('package')
    l_0_operation_imports = resolve('operation_imports')
    l_0_operations = resolve('operations')
    l_0_service = resolve('service')
    try:
        t_1 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    yield '"""Every operation of the API: what the clients call, the docs list and tests walk."""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\nfrom types import MappingProxyType\n\n'
    yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, str_join(((undefined(name='package') if l_0_package is missing else l_0_package), '._operation', )), (undefined(name='operation_imports') if l_0_operation_imports is missing else l_0_operation_imports)))
    yield '\n\nOPERATIONS: Mapping[str, Operation] = MappingProxyType(\n    {'
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        yield '\n        '
        yield str(t_1(environment.getattr(l_1_op, 'name')))
        yield ': Operation(\n            name='
        yield str(t_1(environment.getattr(l_1_op, 'name')))
        yield ',\n            method='
        yield str(t_1(environment.getattr(l_1_op, 'method')))
        yield ',\n            path='
        yield str(t_1(environment.getattr(l_1_op, 'path')))
        yield ',\n            summary='
        yield str(t_1(environment.getattr(l_1_op, 'summary')))
        yield ','
        for l_2_line in environment.getattr(l_1_op, 'inputs'):
            _loop_vars = {}
            pass
            yield '\n            '
            yield str(l_2_line)
        l_2_line = missing
        if environment.getattr(l_1_op, 'body_kind'):
            pass
            yield '\n            body='
            yield str(t_1(environment.getattr(l_1_op, 'body_kind')))
            yield ','
        if environment.getattr(l_1_op, 'deprecated'):
            pass
            yield '\n            deprecated=True,'
        if environment.getattr(l_1_op, 'see_also'):
            pass
            yield '\n            newer_twin='
            yield str(t_1(environment.getattr(l_1_op, 'see_also')))
            yield ','
        if environment.getattr(l_1_op, 'service'):
            pass
            yield '\n            service='
            yield str(t_1(environment.getattr(l_1_op, 'service')))
            yield ',\n            models='
            yield str(t_1(environment.getattr(l_1_op, 'models_module')))
            yield ','
        yield '\n        ),'
    l_1_op = missing
    yield '\n    }\n)\n'
    if (undefined(name='service') if l_0_service is missing else l_0_service):
        pass
        yield '"""Every operation of the page, by name (the package\'s `operations` has them all)."""'
    else:
        pass
        yield '"""Every operation, by name."""'
    yield '\n'

blocks = {}
debug_info = '8=23&12=25&13=29&14=31&15=33&16=35&17=37&18=39&19=43&21=45&22=48&24=50&27=53&28=56&30=58&31=61&32=63&38=68'
