# Compiled from templates/package/group_init.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '7eb1635f2dace2cb27ebd8e90b234f9061be980c65a1aaf2f9efd0ef23973d64'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/group_init.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""The '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'group'))
    yield ' services of '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield ': `client.'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'group'))
    yield '`.\n\n'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'body'))
    yield '\n"""\n'

blocks = {}
debug_info = '1=13&3=19'
