# Compiled from templates/package/root_operations.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '58d20cef35b5d3facaa67cc6fc8363048a637cd359fc662855b5cbd39bf0a3df'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/root_operations.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""Every operation of the API, by `service.name`: what the docs list and tests walk. The\nclients call each service\'s own table (`<service>.operations`)."""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\nfrom types import MappingProxyType\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'operation_import'))
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'service_imports'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(l_1_line)
    l_1_line = missing
    yield '\n\n_BY_SERVICE: Mapping[str, Mapping[str, Operation]] = {'
    for l_1_entry in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'entries'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_entry)
    l_1_entry = missing
    yield '\n}\nOPERATIONS: Mapping[str, Operation] = MappingProxyType(\n    {\n        f"{service}.{name}": operation\n        for service, operations in _BY_SERVICE.items()\n        for name, operation in operations.items()\n    }\n)\n"""Every operation, by `service.name` (`'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'example_key'))
    yield '`)."""\n'

blocks = {}
debug_info = '9=13&10=14&11=18&15=21&16=25&26=28'
