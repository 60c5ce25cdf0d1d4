# Compiled from templates/package/testing.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '4789765f488979d4cbb07004e9a02563c1284fc0c6c384e38040ef3a26dfd1b1'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/testing.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api_title = resolve('api_title')
    l_0_package = resolve('package')
    l_0_first_call = resolve('first_call')
    l_0_first_operation = resolve('first_operation')
    l_0_parameter_error_code = resolve('parameter_error_code')
    l_0_import_from = resolve('import_from')
    try:
        t_1 = environment.filters['doctext']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'doctext' found.")
    try:
        t_2 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    yield '"""A fake '
    yield str(t_1((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield ' server for your tests: an httpx transport serving every operation.\n\n    from '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.testing import FakeKucoin\n\n    fake = FakeKucoin()\n    client = fake.client()  # a Client wired to the fake, with test credentials\n    client.'
    yield str((undefined(name='first_call') if l_0_first_call is missing else l_0_first_call))
    yield '(...)  # answered with the operation\'s fixture\n    fake.respond("'
    yield str(environment.getattr((undefined(name='first_operation') if l_0_first_operation is missing else l_0_first_operation), 'key'))
    yield '", {...})  # or your own data\n    fake.fail("'
    yield str(environment.getattr((undefined(name='first_operation') if l_0_first_operation is missing else l_0_first_operation), 'key'))
    yield '", code='
    yield str(t_2((undefined(name='parameter_error_code') if l_0_parameter_error_code is missing else l_0_parameter_error_code)))
    yield ', msg="...")\n    fake.rate_limit("'
    yield str(environment.getattr((undefined(name='first_operation') if l_0_first_operation is missing else l_0_first_operation), 'key'))
    yield '")\n\nRequests are checked as the real API checks them: the route, the KC-API-* headers, the\nsignature (for the test credentials) and the timestamp (against the fake\'s `clock`), required\nparameters, types, enum values, bounds and the documented cross-field rules. A request that\nfails a check gets a KuCoin-style error envelope naming the problem. Answers echo the\nrequest\'s values where the response has a field of the same name (an order\'s clientOid).\n"""\n\nfrom __future__ import annotations\n\nfrom typing import Any\n\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '._fake import (\n    TEST_API_KEY,\n    TEST_API_PASSPHRASE,\n    TEST_API_SECRET,\n    FakeServer,\n    RecordedCall,\n    load_fixture,\n)\n'
    yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, str_join(((undefined(name='package') if l_0_package is missing else l_0_package), '.async_client', )), ['AsyncClient']))
    yield '\n'
    yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, str_join(((undefined(name='package') if l_0_package is missing else l_0_package), '.client', )), ['Client']))
    yield '\n\n__all__ = [\n    "TEST_API_KEY",\n    "TEST_API_PASSPHRASE",\n    "TEST_API_SECRET",\n    "FakeKucoin",\n    "RecordedCall",\n    "load_fixture",\n]\n\n\nclass FakeKucoin(FakeServer):\n    """An in-process '
    yield str(t_1((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield ' API; pass `fake.transport()` to a client, or use\n    `fake.client()` / `fake.async_client()`."""\n\n    def client(self, **options: Any) -> Client:\n        """A Client with the fake\'s credentials and transport."""\n        return Client(\n            self.api_key,\n            self.api_secret,\n            self.api_passphrase,\n            transport=self.transport(),\n            **options,\n        )\n\n    def async_client(self, **options: Any) -> AsyncClient:\n        """An AsyncClient with the fake\'s credentials and transport."""\n        return AsyncClient(\n            self.api_key,\n            self.api_secret,\n            self.api_passphrase,\n            transport=self.transport(),\n            **options,\n        )\n'

blocks = {}
debug_info = '1=30&3=32&7=34&8=36&9=38&10=42&23=44&31=46&32=48&45=50'
