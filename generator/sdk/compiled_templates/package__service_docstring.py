# Compiled from templates/package/service_docstring.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '4a6c1348b2da70a1f280c1111c840ea4da775af71ecafa5b45b4cc737cda557e'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/service_docstring.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '    """The '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'title'))
    yield " endpoints, served through the package's "
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'client_class'))
    yield ': its credentials,\n    hosts, options and connection pool."""'

blocks = {}
debug_info = '1=13'
