# Compiled from templates/package/client.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '114d4233642405d0446b06755e7fc8725c59b80d9fe25439c57c41707c81ede0'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/client.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_is_async = resolve('is_async')
    l_0_is_service = resolve('is_service')
    l_0_page_name = resolve('page_name')
    l_0_api_title = resolve('api_title')
    l_0_has_deprecated = resolve('has_deprecated')
    l_0_abc_imports = resolve('abc_imports')
    l_0_uses_decimal = resolve('uses_decimal')
    l_0_typing_imports = resolve('typing_imports')
    l_0_package = resolve('package')
    l_0_base = resolve('base')
    l_0_module = resolve('module')
    l_0_enum_imports = resolve('enum_imports')
    l_0_model_imports = resolve('model_imports')
    l_0_uses_annotated = resolve('uses_annotated')
    l_0_class_name = resolve('class_name')
    l_0_operations = resolve('operations')
    l_0_aw = l_0_adef = l_0_wrapper = missing
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
    l_0_aw = ('await ' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else '')
    context.vars['aw'] = l_0_aw
    context.exported_vars.add('aw')
    l_0_adef = ('async def' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'def')
    context.vars['adef'] = l_0_adef
    context.exported_vars.add('adef')
    l_0_wrapper = ('async_raw_response_wrapper' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'raw_response_wrapper')
    context.vars['wrapper'] = l_0_wrapper
    context.exported_vars.add('wrapper')
    if (undefined(name='is_service') if l_0_is_service is missing else l_0_is_service):
        pass
        yield '"""'
        yield str(('Asynchronous' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'Synchronous'))
        yield ' service for the '
        yield str(t_2((undefined(name='page_name') if l_0_page_name is missing else l_0_page_name)))
        yield ' endpoints: one method per operation of the page."""'
    else:
        pass
        yield '"""'
        yield str(('Asynchronous' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'Synchronous'))
        yield ' client for '
        yield str(t_2((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title)))
        yield ': one method per operation of the documentation."""'
    yield '\n\nfrom __future__ import annotations\n\n'
    if (undefined(name='has_deprecated') if l_0_has_deprecated is missing else l_0_has_deprecated):
        pass
        yield 'import warnings\n'
    if (undefined(name='abc_imports') if l_0_abc_imports is missing else l_0_abc_imports):
        pass
        yield 'from collections.abc import '
        yield str(t_3(context.eval_ctx, (undefined(name='abc_imports') if l_0_abc_imports is missing else l_0_abc_imports), ', '))
        yield '\n'
    if (undefined(name='uses_decimal') if l_0_uses_decimal is missing else l_0_uses_decimal):
        pass
        yield 'from decimal import Decimal\n'
    yield 'from functools import cached_property\nfrom typing import '
    yield str(t_3(context.eval_ctx, (undefined(name='typing_imports') if l_0_typing_imports is missing else l_0_typing_imports), ', '))
    yield '\n\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '._client import '
    yield str((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '\nfrom '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '._response import '
    yield str((undefined(name='wrapper') if l_0_wrapper is missing else l_0_wrapper))
    yield '\nfrom '
    yield str((undefined(name='module') if l_0_module is missing else l_0_module))
    yield '.operations import OPERATIONS\n'
    if (((undefined(name='enum_imports') if l_0_enum_imports is missing else l_0_enum_imports) or (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports)) or (undefined(name='uses_annotated') if l_0_uses_annotated is missing else l_0_uses_annotated)):
        pass
        yield '\nif TYPE_CHECKING:'
        if (undefined(name='uses_annotated') if l_0_uses_annotated is missing else l_0_uses_annotated):
            pass
            yield '\n    from pydantic import Field\n'
        if (undefined(name='enum_imports') if l_0_enum_imports is missing else l_0_enum_imports):
            pass
            yield '\n    from '
            yield str((undefined(name='module') if l_0_module is missing else l_0_module))
            yield '.enums import ('
            for l_1_name in (undefined(name='enum_imports') if l_0_enum_imports is missing else l_0_enum_imports):
                _loop_vars = {}
                pass
                yield '\n        '
                yield str(l_1_name)
                yield ','
            l_1_name = missing
            yield '\n    )'
        if (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
            pass
            yield '\n    from '
            yield str((undefined(name='module') if l_0_module is missing else l_0_module))
            yield '.models import ('
            for l_1_name in (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
                _loop_vars = {}
                pass
                yield '\n        '
                yield str(l_1_name)
                yield ','
            l_1_name = missing
            yield '\n    )'
        yield '\n'
    yield '\n\nclass '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield '('
    yield str((undefined(name='base') if l_0_base is missing else l_0_base))
    yield '):'
    if (undefined(name='is_service') if l_0_is_service is missing else l_0_is_service):
        pass
        yield '\n    """The '
        yield str(t_2((undefined(name='page_name') if l_0_page_name is missing else l_0_page_name)))
        yield " endpoints, served through the package's "
        yield str(('AsyncClient' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'Client'))
        yield ': its credentials,\n    hosts, options and connection pool."""'
    else:
        pass
        yield '\n'
        template = environment.get_template('package/client_docstring.j2', 'package/client.py.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'adef': l_0_adef, 'aw': l_0_aw, 'wrapper': l_0_wrapper}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    yield '\n\n    @cached_property\n    def with_raw_response(self) -> '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield 'WithRawResponse:\n        """Every operation, returning its call\'s RawResponse: `status_code`, `headers`,\n        `rate_limit`, and `parse()` for the data."""\n        return '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield 'WithRawResponse(self)'
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        _loop_vars = {}
        pass
        yield '\n\n    '
        yield str((undefined(name='adef') if l_0_adef is missing else l_0_adef))
        yield ' '
        yield str(environment.getattr(l_1_op, 'name'))
        yield '(\n        self,'
        if environment.getattr(l_1_op, 'array_argument'):
            pass
            yield '\n        '
            yield str(environment.getattr(l_1_op, 'array_argument'))
            yield ': Sequence['
            yield str(environment.getattr(l_1_op, 'array_item_annotation'))
            yield ' | Mapping[str, Any]],'
        if environment.getattr(l_1_op, 'arguments'):
            pass
            yield '\n        *,'
            for l_2_arg in environment.getattr(l_1_op, 'arguments'):
                _loop_vars = {}
                pass
                yield '\n        '
                yield str(environment.getattr(l_2_arg, 'attr'))
                yield ': '
                yield str(environment.getattr(l_2_arg, 'annotation'))
                yield str(('' if environment.getattr(l_2_arg, 'required') else ' | None = None'))
                yield ','
            l_2_arg = missing
        yield '\n    ) -> '
        yield str(environment.getattr(l_1_op, 'returns'))
        yield ':\n        '
        yield str(t_1(environment.getattr(l_1_op, 'docstring'), 8))
        if environment.getattr(l_1_op, 'deprecated'):
            pass
            yield '\n        warnings.warn(\n            '
            yield str(t_4(str_join((environment.getattr(l_1_op, 'name'), ' is deprecated by the API documentation', ))))
            yield ',\n            DeprecationWarning,\n            stacklevel=2,\n        )'
        if environment.getattr(l_1_op, 'arguments'):
            pass
            yield '\n        _arguments: dict[str, Any] = {'
            for l_2_arg in environment.getattr(l_1_op, 'arguments'):
                _loop_vars = {}
                pass
                yield '\n            '
                yield str(t_4(environment.getattr(l_2_arg, 'attr')))
                yield ': '
                yield str(environment.getattr(l_2_arg, 'attr'))
                yield ','
            l_2_arg = missing
            yield '\n        }'
        yield '\n        return cast(\n            '
        yield str(t_4(environment.getattr(l_1_op, 'returns')))
        yield ',\n            '
        yield str((undefined(name='aw') if l_0_aw is missing else l_0_aw))
        yield 'self.call(\n                OPERATIONS['
        yield str(t_4(environment.getattr(l_1_op, 'name')))
        yield '],'
        if environment.getattr(l_1_op, 'arguments'):
            pass
            yield '\n                _arguments,'
        if environment.getattr(l_1_op, 'array_argument'):
            pass
            yield '\n                items='
            yield str(environment.getattr(l_1_op, 'array_argument'))
            yield ','
        yield '\n            ),\n        )'
        if environment.getattr(l_1_op, 'pagination'):
            pass
            yield '\n\n    '
            yield str((undefined(name='adef') if l_0_adef is missing else l_0_adef))
            yield ' iter_'
            yield str(environment.getattr(l_1_op, 'name'))
            yield '(\n        self,\n        *,'
            for l_2_arg in environment.getattr(l_1_op, 'arguments'):
                _loop_vars = {}
                pass
                yield '\n        '
                yield str(environment.getattr(l_2_arg, 'attr'))
                yield ': '
                yield str(environment.getattr(l_2_arg, 'annotation'))
                yield str(('' if environment.getattr(l_2_arg, 'required') else ' | None = None'))
                yield ','
            l_2_arg = missing
            yield '\n    ) -> '
            yield str(('AsyncIterator' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'Iterator'))
            yield '['
            yield str(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'item_annotation'))
            yield ']:\n        """Every item of `'
            yield str(environment.getattr(l_1_op, 'name'))
            yield '`, page after page, from `'
            yield str(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'page_attr'))
            yield '` (default 1) to the last page."""\n        _page = '
            yield str(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'page_attr'))
            yield ' or 1\n        while True:\n            _data = '
            yield str((undefined(name='aw') if l_0_aw is missing else l_0_aw))
            yield 'self.'
            yield str(environment.getattr(l_1_op, 'name'))
            yield '('
            for l_2_arg in environment.getattr(l_1_op, 'arguments'):
                _loop_vars = {}
                pass
                yield '\n                '
                yield str(environment.getattr(l_2_arg, 'attr'))
                yield '='
                yield str(('_page' if (environment.getattr(l_2_arg, 'attr') == environment.getattr(environment.getattr(l_1_op, 'pagination'), 'page_attr')) else environment.getattr(l_2_arg, 'attr')))
                yield ','
            l_2_arg = missing
            yield '\n            )\n            # getattr: a page the API sent in another shape than documented ends the walk.\n            _items = getattr(_data, '
            yield str(t_4(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'items_attr')))
            yield ', None) or []'
            if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async):
                pass
                yield '\n            for _item in _items:\n                yield _item'
            else:
                pass
                yield '\n            yield from _items'
            yield '\n            _last = getattr(_data, '
            yield str(t_4(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'total_pages_attr')))
            yield ', None)\n            if not _items or not isinstance(_last, int) or _page >= _last:\n                return\n            _page += 1'
    l_1_op = missing
    yield '\n\n\nclass '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield 'WithRawResponse:\n    """The operations of a '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield ', each returning its call\'s RawResponse."""\n\n    def __init__(self, client: '
    yield str((undefined(name='class_name') if l_0_class_name is missing else l_0_class_name))
    yield ') -> None:'
    for l_1_op in (undefined(name='operations') if l_0_operations is missing else l_0_operations):
        l_1_layout_call = resolve('layout_call')
        _loop_vars = {}
        pass
        yield '\n        '
        yield str(context.call((undefined(name='layout_call') if l_1_layout_call is missing else l_1_layout_call), 8, str_join(('self.', environment.getattr(l_1_op, 'name'), ' = ', (undefined(name='wrapper') if l_0_wrapper is missing else l_0_wrapper), )), [str_join(('client.', environment.getattr(l_1_op, 'name'), ))], _loop_vars=_loop_vars))
    l_1_op = l_1_layout_call = missing
    yield '\n'

blocks = {}
debug_info = '1=52&2=55&3=58&4=61&5=64&7=71&12=76&15=79&16=82&18=84&22=88&24=90&25=94&26=98&27=100&29=103&32=106&33=109&34=111&35=115&39=119&40=122&41=124&42=128&48=134&49=138&50=141&53=148&57=155&60=157&61=159&63=163&65=167&66=170&68=174&70=177&71=181&74=188&75=190&76=191&78=194&83=196&85=199&86=203&91=210&92=212&93=214&94=216&97=219&98=222&102=225&104=228&107=232&108=236&110=243&111=247&112=251&114=253&115=257&116=261&120=267&121=269&127=276&135=280&136=282&138=284&139=286&140=291'
