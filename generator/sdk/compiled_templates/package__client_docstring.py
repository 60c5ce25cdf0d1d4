# Compiled from templates/package/client_docstring.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'b8ea556d4199cf7ff5836e66f5aaac2397c4078d3c0ae10552a7072f28363183'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/client_docstring.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '    """'
    yield str(('Asynchronous' if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'is_async') else 'Synchronous'))
    yield ' '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'api_title'))
    yield ' client.\n\n    Credentials come from the arguments or, when omitted, from the environment variables\n    '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'api_key_env'))
    yield ', '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'api_secret_env'))
    yield ' and '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'api_passphrase_env'))
    yield '; without them only\n    public endpoints can be called. Use it as a context manager, or call `'
    yield str(('aclose' if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'is_async') else 'close'))
    yield '()`.\n\n    '
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'options'))
    yield '\n\n    Reads (GET) are retried on timeouts, dropped connections and server errors, with\n    exponential backoff and jitter. Any other request (placing, cancelling an order) is\n    retried only when it surely did not take effect: the connection never opened, or the\n    server refused it before acting (a rate limit, a rejected timestamp). A request that may\n    have taken effect (a timeout, a dropped connection, a 5xx or unreadable answer) is never\n    sent again: its error says `may_have_taken_effect`, as a duplicate order costs real money.\n\n    With credentials, every host must be https:// (localhost included) unless\n    `allow_insecure_http=True`: the key and signatures would travel in clear text.\n    """'

blocks = {}
debug_info = '1=13&4=17&5=23&7=25'
