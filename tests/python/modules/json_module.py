# json: dumps/loads with CPython's formatting, options and errors.
import json
data = {"name": "Ann", "age": 31, "scores": [1, 2.5, None, True], "nested": {"k": "v", "e": []}, "u": "héllo ✓ 😀", "q": 'say "hi"\n'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, {"a": [2, {}]}], indent="\t"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps("x"), json.dumps(1e100), json.dumps(float("inf")))
s = json.dumps(data)
back = json.loads(s)
print(back == data, back["u"], type(back["scores"][1]))
print(json.loads('{"a": [1, 2, {"b": null}], "c": -1.5e3, "d": "\\u00e9\\ud83d\\ude00\\n", "e": true}'))
print(json.loads("[]"), json.loads(" 42 "), json.loads('"s"'), json.loads("NaN"), json.loads('[1.0, 10, -0]'))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', "{'a': 1}", '', '[1] x', '"abc', '[01]', '{"a": tru}', '"\\q"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
for bad in [{1, 2}, {(1, 2): 3}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
print(json.dumps({"when": object()}, default=lambda o: "custom"), json.loads('{"x": 1.5}', parse_float=str), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": 0}')))
