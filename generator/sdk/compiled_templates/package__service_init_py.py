# Compiled from templates/package/service_init.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'a6296d5ec9bd90d3d61a2edc04d53484968304d468f32abb55a1e41c5c33d962'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/service_init.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_package = resolve('package')
    l_0_service = resolve('service')
    try:
        t_1 = environment.filters['doctext']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'doctext' found.")
    pass
    yield '"""The '
    yield str(t_1((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield ' endpoints of '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ': `client.'
    yield str((undefined(name='service') if l_0_service is missing else l_0_service))
    yield '`.\n\n`client` and `async_client` hold the service classes, `models` and `enums` the page\'s types,\n`operations` its operations table. Nothing is imported here, so using another service never\nloads this one.\n"""\n'

blocks = {}
debug_info = '1=21'
