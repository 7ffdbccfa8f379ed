"""Regenerates the expected outputs of the parser tests with CPython 3.11 (run from this directory).

corpus.txt holds snippets under '### name [flags]' headers; flags: 'noattrs' (compare the tree without positions:
CPython 3.11 gives f-string internals odd positions that Krait does not copy), 'eval' (parse as an expression, as
eval() does). errors.txt holds snippets that must fail, with the same headers.
"""
import ast
import sys

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"


def snippets(path):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    name, flags, lines = None, [], []
    for line in text.splitlines(keepends=True):
        if line.startswith('### '):
            if name is not None:
                yield name, flags, ''.join(lines)
            words = line[4:].split()
            name, flags, lines = ' '.join(w for w in words if w not in ('noattrs', 'eval')), \
                [w for w in words if w in ('noattrs', 'eval')], []
        else:
            lines.append(line)
    if name is not None:
        yield name, flags, ''.join(lines)


with open('corpus.expected', 'w', encoding='utf-8', newline='\n') as out:
    for name, flags, source in snippets('corpus.txt'):
        mode = 'eval' if 'eval' in flags else 'exec'
        tree = ast.parse(source, mode=mode)
        out.write('### ' + name + '\n')
        out.write(ast.dump(tree) + '\n')
        out.write(('-' if 'noattrs' in flags else ast.dump(tree, include_attributes=True)) + '\n')

with open('errors.expected', 'w', encoding='utf-8', newline='\n') as out:
    for name, flags, source in snippets('errors.txt'):
        try:
            ast.parse(source, '<test>', mode='eval' if 'eval' in flags else 'exec')
            raise SystemExit('no error for ' + name)
        except SyntaxError as e:
            out.write('### ' + name + '\n')
            out.write('%s|%s|%d|%d\n' % (type(e).__name__, e.msg, e.lineno, e.offset))
            out.write((e.text or '').rstrip() + '\n')
