# Compiled from templates/package/models.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'a3fadcdbf671bf0c257b93035829e04adc24396222bd5ba56005acbfe2adf075'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/models.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    pass
    yield '"""Request and response models of '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'api_title'))
    yield '.\n\nRequest models hold every input of an operation (path, query and body fields), validate them\nand reject unknown names; response models read whatever the API returns, leniently.\n"""\n\nfrom __future__ import annotations\n'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standard_imports'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(l_1_line)
    l_1_line = missing
    yield '\n\nfrom pydantic import Field\n'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'package_imports'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(l_1_line)
    l_1_line = missing
    for l_1_model in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'models'):
        _loop_vars = {}
        pass
        yield '\n\n\nclass '
        yield str(environment.getattr(l_1_model, 'name'))
        yield '('
        yield str(environment.getattr(l_1_model, 'base'))
        yield '):\n    '
        yield str(environment.getattr(l_1_model, 'docstring'))
        for l_2_block in environment.getattr(l_1_model, 'body'):
            _loop_vars = {}
            pass
            yield '\n\n'
            yield str(l_2_block)
        l_2_block = missing
    l_1_model = missing
    yield '\n\n\nREQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {'
    for l_1_entry in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'request_models'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_entry)
    l_1_entry = missing
    yield '\n}\n"""The model of every operation\'s inputs, by operation name."""\n\nRESPONSE_TYPES: Mapping[str, Any] = {'
    for l_1_entry in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'response_types'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_entry)
    l_1_entry = missing
    yield '\n}\n"""The type of every operation\'s response `data`, by operation name."""\n'

blocks = {}
debug_info = '1=13&8=15&9=19&13=22&14=26&16=28&19=32&20=36&21=37&23=41&29=45&30=49&36=52&37=56'
