# Compiled from templates/package/service_init.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'cad658c9d69ad8b1c46aceb0bb7c044c49e5d0d8d02516097c15d6010acadb15'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/service_init.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""The '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title'))
    yield ' endpoints of '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield ': `client.'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'attribute'))
    yield '`.\n\n`client` and `async_client` hold the service classes, `models` and `enums` the page\'s types,\n`operations` its operations table. Nothing is imported here, so using another service never\nloads this one.\n"""\n'

blocks = {}
debug_info = '1=13'
