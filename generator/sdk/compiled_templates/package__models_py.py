# Compiled from templates/package/models.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = 'e96f45c5c14a1c9e0065f72814e241d6a64bce47011660d963d227c8528d31a6'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/models.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api_title = resolve('api_title')
    l_0_uses_decimal = resolve('uses_decimal')
    l_0_typing_imports = resolve('typing_imports')
    l_0_import_from = resolve('import_from')
    l_0_package = resolve('package')
    l_0_base_imports = resolve('base_imports')
    l_0_enum_imports = resolve('enum_imports')
    l_0_module = resolve('module')
    l_0_models = resolve('models')
    l_0_operations = resolve('operations')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['doctext']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'doctext' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    yield '"""Request and response models of '
    yield str(t_2((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
    yield '.\n\nRequest models hold every input of an operation (path, query and body fields), validate them\nand reject unknown names; response models read whatever the API returns, leniently.\n"""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\n'
    if (undefined(name='uses_decimal') if l_0_uses_decimal is missing else l_0_uses_decimal):
        pass
        yield 'from decimal import Decimal\n'
    yield 'from typing import '
    yield str(t_3(context.eval_ctx, (undefined(name='typing_imports') if l_0_typing_imports is missing else l_0_typing_imports), ', '))
    yield '\n\nfrom pydantic import Field, RootModel\n\n'
    yield str(context.call((undefined(name='import_from') if l_0_import_from is missing else l_0_import_from), 0, str_join(((undefined(name='package') if l_0_package is missing else l_0_package), '._base', )), (undefined(name='base_imports') if l_0_base_imports is missing else l_0_base_imports)))
    if (undefined(name='enum_imports') if l_0_enum_imports is missing else l_0_enum_imports):
        pass
        yield '\nfrom '
        yield str((undefined(name='module') if l_0_module is missing else l_0_module))
        yield '.enums import ('
        for l_1_name in (undefined(name='enum_imports') if l_0_enum_imports is missing else l_0_enum_imports):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(l_1_name)
            yield ','
        l_1_name = missing
        yield '\n)'
    for l_1_model in (undefined(name='models') if l_0_models is missing else l_0_models):
        _loop_vars = {}
        pass
        yield '\n\n\n'
        if environment.getattr(l_1_model, 'root'):
            pass
            yield 'class '
            yield str(environment.getattr(l_1_model, 'name'))
            yield '(RootModel['
            yield str(environment.getattr(l_1_model, 'root'))
            yield ']):\n    '
            yield str(t_1(environment.getattr(l_1_model, 'docstring'), 4))
        else:
            pass
            yield 'class '
            yield str(environment.getattr(l_1_model, 'name'))
            yield '('
            yield str(('RequestModel' if (environment.getattr(l_1_model, 'kind') == 'request') else 'ResponseModel'))
            yield '):\n    '
            yield str(t_1(environment.getattr(l_1_model, 'docstring'), 4))
            yield '\n'
            for l_2_field in environment.getattr(l_1_model, 'fields'):
                _loop_vars = {}
                pass
                yield '\n    '
                yield str(environment.getattr(l_2_field, 'declaration'))
            l_2_field = missing
            if environment.getattr(l_1_model, 'rules'):
                pass
                yield '\n\n    __rules__: ClassVar[tuple[Rule, ...]] = ('
                for l_2_rule in environment.getattr(l_1_model, 'rules'):
                    _loop_vars = {}
                    pass
                    yield '\n        Rule(\n            '
                    yield str(t_4(environment.getattr(l_2_rule, 'kind')))
                    yield ',\n            '
                    yield str(t_4(environment.getattr(l_2_rule, 'fields')))
                    yield ',\n            '
                    yield str(t_4(environment.getattr(l_2_rule, 'message')))
                    yield ','
                    if environment.getattr(l_2_rule, 'when'):
                        pass
                        yield '\n            when='
                        yield str(t_4(environment.getattr(l_2_rule, 'when')))
                        yield ','
                    if environment.getattr(l_2_rule, 'when_set'):
                        pass
                        yield '\n            when_set='
                        yield str(t_4(environment.getattr(l_2_rule, 'when_set')))
                        yield ','
                    if environment.getattr(l_2_rule, 'unless'):
                        pass
                        yield '\n            unless='
                        yield str(t_4(environment.getattr(l_2_rule, 'unless')))
                        yield ','
                    yield '\n        ),'
                l_2_rule = missing
                yield '\n    )'
    l_1_model = missing
    yield '\n\n\nREQUEST_MODELS: Mapping[str, type[RequestModel] | type[RootModel[Any]]] = {'
    def t_5(fiter):
        for l_1_op in fiter:
            if environment.getattr(l_1_op, 'request_model'):
                yield l_1_op
    for l_1_op in t_5((undefined(name='operations') if l_0_operations is missing else l_0_operations)):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_4(environment.getattr(l_1_op, 'name')))
        yield ': '
        yield str(environment.getattr(l_1_op, 'request_model'))
        yield ','
    l_1_op = missing
    yield '\n}\n"""The model of every operation\'s inputs, by operation name."""\n\nRESPONSE_TYPES: Mapping[str, Any] = {'
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_4(environment.getattr(l_1_op, 'name')))
        yield ': '
        yield str(environment.getattr(l_1_op, 'response_annotation'))
        yield ','
    l_1_op = missing
    yield '\n}\n"""The type of every operation\'s response `data`, by operation name."""\n'

blocks = {}
debug_info = '1=46&10=48&13=52&17=54&18=55&19=58&20=60&21=64&25=68&28=72&29=75&30=79&32=83&33=87&34=89&35=93&37=95&40=98&42=102&43=104&44=106&45=108&46=111&48=113&49=116&51=118&52=121&63=128&64=136&70=142&71=146'
