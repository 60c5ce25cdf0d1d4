# Compiled from templates/package/root_operations.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'b07e482d75b2e137fb4ecd5dfc876157b65a786c140bbd336e8db3020e79283f'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/root_operations.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_import_from = resolve('import_from')
    l_0_package = resolve('package')
    l_0_services = resolve('services')
    l_0_first_name = resolve('first_name')
    try:
        t_1 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_2 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    try:
        t_3 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    yield '"""Every operation of the API, by `service.name`: what the docs list and tests walk. The\nclients call each service\'s own table (`<service>.operations`)."""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\nfrom types import MappingProxyType\n\n'
    yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, str_join(((undefined(name='package') if l_0_package is missing else l_0_package), '._operation', )), ['Operation']))
    for l_1_service in t_2(environment, (undefined(name='services') if l_0_services is missing else l_0_services), attribute='module'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, environment.getattr(l_1_service, 'module'), [str_join(('OPERATIONS as ', t_3(environment.getattr(l_1_service, 'name')), ))], _loop_vars=_loop_vars))
    l_1_service = missing
    yield '\n\n_BY_SERVICE: Mapping[str, Mapping[str, Operation]] = {'
    for l_1_service in (undefined(name='services') if l_0_services is missing else l_0_services):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_1(environment.getattr(l_1_service, 'name')))
        yield ': '
        yield str(t_3(environment.getattr(l_1_service, 'name')))
        yield ','
    l_1_service = missing
    yield '\n}\nOPERATIONS: Mapping[str, Operation] = MappingProxyType(\n    {\n        f"{service}.{name}": operation\n        for service, operations in _BY_SERVICE.items()\n        for name, operation in operations.items()\n    }\n)\n"""Every operation, by `service.name` (`'
    yield str(environment.getattr(environment.getitem((undefined(name='services') if l_0_services is missing else l_0_services), 0), 'name'))
    yield '.'
    yield str((undefined(name='first_name') if l_0_first_name is missing else l_0_first_name))
    yield '`)."""\n'

blocks = {}
debug_info = '9=34&10=35&11=39&15=42&16=46&26=52'
