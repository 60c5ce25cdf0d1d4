# Compiled from templates/package/client.py.j2 by generator.sdk.templates; do not edit.
SOURCE_SHA256 = '28bc945fd81b65b106e301b11ad90087d678f3cfd1281bdb1054e01a5c73342c'
JINJA_VERSION = '3.1.6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/client.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_aw = l_0_adef = missing
    pass
    l_0_aw = ('await ' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_async') else '')
    context.vars['aw'] = l_0_aw
    context.exported_vars.add('aw')
    l_0_adef = ('async def' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_async') else 'def')
    context.vars['adef'] = l_0_adef
    context.exported_vars.add('adef')
    yield '"""'
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'module_docstring'))
    yield '"""\n\nfrom __future__ import annotations\n'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'import_lines'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(l_1_line)
    l_1_line = missing
    yield '\n\n\nclass '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield '('
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'base'))
    yield '):\n'
    template = environment.get_or_select_template(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_docstring'), 'template'), 'package/client.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'adef': l_0_adef, 'aw': l_0_aw}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n\n    @cached_property\n    def with_raw_response(self) -> '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield 'WithRawResponse:\n        """Every operation, returning its call\'s RawResponse: `status_code`, `headers`,\n        `rate_limit`, and `parse()` for the data."""\n        return '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield 'WithRawResponse(self)'
    for l_1_method in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'methods'):
        _loop_vars = {}
        pass
        yield '\n\n    '
        yield str((undefined(name='adef') if l_0_adef is missing else l_0_adef))
        yield ' '
        yield str(environment.getattr(l_1_method, 'name'))
        yield '(\n        self,'
        for l_2_parameter in environment.getattr(l_1_method, 'parameters'):
            _loop_vars = {}
            pass
            yield '\n        '
            yield str(l_2_parameter)
        l_2_parameter = missing
        yield '\n    ) -> '
        yield str(environment.getattr(l_1_method, 'returns'))
        yield ':\n        '
        yield str(environment.getattr(l_1_method, 'docstring'))
        for l_2_line in environment.getattr(l_1_method, 'prologue'):
            _loop_vars = {}
            pass
            yield '\n        '
            yield str(l_2_line)
        l_2_line = missing
        yield '\n        return cast(\n            '
        yield str(environment.getattr(l_1_method, 'returns_literal'))
        yield ',\n            '
        yield str((undefined(name='aw') if l_0_aw is missing else l_0_aw))
        yield 'self.call('
        for l_2_argument in environment.getattr(l_1_method, 'call_arguments'):
            _loop_vars = {}
            pass
            yield '\n                '
            yield str(l_2_argument)
        l_2_argument = missing
        yield '\n            ),\n        )'
        for l_2_iterator in environment.getattr(l_1_method, 'iterators'):
            _loop_vars = {}
            pass
            yield '\n\n    '
            yield str((undefined(name='adef') if l_0_adef is missing else l_0_adef))
            yield ' '
            yield str(environment.getattr(l_2_iterator, 'name'))
            yield '(\n        self,'
            for l_3_parameter in environment.getattr(l_2_iterator, 'parameters'):
                _loop_vars = {}
                pass
                yield '\n        '
                yield str(l_3_parameter)
            l_3_parameter = missing
            yield '\n    ) -> '
            yield str(('AsyncIterator' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_async') else 'Iterator'))
            yield '['
            yield str(environment.getattr(l_2_iterator, 'item_annotation'))
            yield ']:\n        """Every item of `'
            yield str(environment.getattr(l_2_iterator, 'method'))
            yield '`, page after page, from `'
            yield str(environment.getattr(l_2_iterator, 'page_attr'))
            yield '` (default 1) to the last page."""\n        _page = '
            yield str(environment.getattr(l_2_iterator, 'page_attr'))
            yield ' or 1\n        while True:\n            _data = '
            yield str((undefined(name='aw') if l_0_aw is missing else l_0_aw))
            yield 'self.'
            yield str(environment.getattr(l_2_iterator, 'method'))
            yield '('
            for l_3_argument in environment.getattr(l_2_iterator, 'call_arguments'):
                _loop_vars = {}
                pass
                yield '\n                '
                yield str(l_3_argument)
            l_3_argument = missing
            yield '\n            )\n            # getattr: a page the API sent in another shape than documented ends the walk.\n            _items = getattr(_data, '
            yield str(environment.getattr(l_2_iterator, 'items_attr'))
            yield ', None) or []'
            if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'is_async'):
                pass
                yield '\n            for _item in _items:\n                yield _item'
            else:
                pass
                yield '\n            yield from _items'
            yield '\n            _last = getattr(_data, '
            yield str(environment.getattr(l_2_iterator, 'total_pages_attr'))
            yield ', None)\n            if not _items or not isinstance(_last, int) or int(_page) >= _last:\n                return\n            # The call took the page as a whole number, maybe written as text ("2").\n            _page = int(_page) + 1'
        l_2_iterator = missing
    l_1_method = missing
    yield '\n\n\nclass '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield 'WithRawResponse:\n    """The operations of a '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield ', each returning its call\'s RawResponse."""\n\n    def __init__(self, client: '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'class_name'))
    yield ') -> None:'
    for l_1_method in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'methods'):
        _loop_vars = {}
        pass
        yield '\n        '
        yield str(environment.getattr(l_1_method, 'raw_response'))
    l_1_method = missing
    yield '\n'

blocks = {}
debug_info = '1=13&2=16&3=20&6=22&7=26&11=29&12=33&15=40&18=42&19=44&21=48&23=52&24=56&26=59&27=61&28=62&29=66&32=69&33=71&34=73&35=77&39=80&41=84&43=88&44=92&46=95&47=99&48=103&50=105&51=109&52=113&56=116&57=118&63=125&72=130&73=132&75=134&76=136&77=140'
