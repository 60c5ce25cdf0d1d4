# Compiled from templates/package/client_docstring.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'c210c7a70f7e563a4924ae402199d36c3e7e446754b94a2e4b7618116513657f'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/client_docstring.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_is_async = resolve('is_async')
    l_0_api_title = resolve('api_title')
    l_0_env = resolve('env')
    l_0_options_text = resolve('options_text')
    try:
        t_1 = environment.filters['doctext']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'doctext' found.")
    pass
    yield '    """'
    yield str(('Asynchronous' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'Synchronous'))
    yield ' '
    yield str(t_1((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield ' client.\n\n    Credentials come from the arguments or, when omitted, from the environment variables\n    '
    yield str(t_1(environment.getattr((undefined(name='env') if l_0_env is missing else l_0_env), 'api_key')))
    yield ', '
    yield str(t_1(environment.getattr((undefined(name='env') if l_0_env is missing else l_0_env), 'api_secret')))
    yield ' and '
    yield str(t_1(environment.getattr((undefined(name='env') if l_0_env is missing else l_0_env), 'api_passphrase')))
    yield '; without them only\n    public endpoints can be called. Use it as a context manager, or call `'
    yield str(('aclose' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'close'))
    yield '()`.\n\n    '
    yield str((undefined(name='options_text') if l_0_options_text is missing else l_0_options_text))
    yield '\n\n    Reads (GET) are retried on timeouts, dropped connections and server errors, with\n    exponential backoff and jitter. Any other request (placing, cancelling an order) is\n    retried only when it surely did not take effect: the connection never opened, or the\n    server refused it before acting (a rate limit, a rejected timestamp). A request that may\n    have taken effect (a timeout, a dropped connection, a 5xx or unreadable answer) is never\n    sent again: its error says `may_have_taken_effect`, as a duplicate order costs real money.\n\n    With credentials, every host must be https:// (localhost included) unless\n    `allow_insecure_http=True`: the key and signatures would travel in clear text.\n    """'

blocks = {}
debug_info = '1=22&4=26&5=32&7=34'
