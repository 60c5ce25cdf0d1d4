# Compiled from templates/package/testing.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '6bd5d5383abd9253bcbcab95e266447ff1828ddbad725b3e7cb096d5f22d6c54'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/testing.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""A fake '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'api_title'))
    yield ' server for your tests: an httpx transport serving every operation.\n\n    from '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '.testing import FakeKucoin\n\n    fake = FakeKucoin()\n    client = fake.client()  # a Client wired to the fake, with test credentials\n    client.'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'first_key'))
    yield '(...)  # answered with the operation\'s fixture\n    fake.respond("'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'first_key'))
    yield '", {...})  # or your own data'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'pages_example'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_line)
    l_1_line = missing
    yield '\n    fake.fail("'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'first_key'))
    yield '", code='
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'parameter_error_code'))
    yield ', msg="...")\n    fake.rate_limit("'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'first_key'))
    yield '")\n\nRequests are checked as the real API checks them: the route, the KC-API-* headers, the\nsignature (for the test credentials) and the timestamp (against the fake\'s `clock`), required\nparameters, types, enum values, bounds and the documented cross-field rules. A request that\nfails a check gets a KuCoin-style error envelope naming the problem. Answers echo the\nrequest\'s values where the response has a field of the same name (an order\'s clientOid).\n"""\n\nfrom __future__ import annotations\n\nfrom typing import Any\n\nfrom '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package'))
    yield '._fake import (\n    TEST_API_KEY,\n    TEST_API_PASSPHRASE,\n    TEST_API_SECRET,\n    FakeServer,\n    RecordedCall,\n    load_fixture,\n)'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'client_imports'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(l_1_line)
    l_1_line = missing
    yield '\n\n__all__ = [\n    "TEST_API_KEY",\n    "TEST_API_PASSPHRASE",\n    "TEST_API_SECRET",\n    "FakeKucoin",\n    "RecordedCall",\n    "load_fixture",\n]\n\n\nclass FakeKucoin(FakeServer):\n    """An in-process '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'api_title'))
    yield ' API; pass `fake.transport()` to a client, or use\n    `fake.client()` / `fake.async_client()`."""\n\n    def client(self, **options: Any) -> Client:\n        """A Client with the fake\'s credentials and transport."""\n        return Client(\n            self.api_key,\n            self.api_secret,\n            self.api_passphrase,\n            transport=self.transport(),\n            **options,\n        )\n\n    def async_client(self, **options: Any) -> AsyncClient:\n        """An AsyncClient with the fake\'s credentials and transport."""\n        return AsyncClient(\n            self.api_key,\n            self.api_secret,\n            self.api_passphrase,\n            transport=self.transport(),\n            **options,\n        )\n'

blocks = {}
debug_info = '1=13&3=15&7=17&8=19&9=21&10=25&12=28&13=32&26=34&34=36&35=40&49=43'
