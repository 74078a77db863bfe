/**
 * Names a translation must never declare or read as a Python name: the globals of JavaScript and those of
 * the host a translation's helpers use, and the type names of TypeScript's
 * standard library. The runtime helpers use them; a program variable `Atomics` or a class
 * `AsyncIterator` declared beside the helpers would replace what they mean.
 */

/** Values: the globals of ECMAScript, which the helpers rely on and some of which cannot be redeclared. */
const esGlobals =
    "Object Function Array Number parseFloat parseInt Infinity NaN undefined Boolean String Symbol Date " +
    "Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError " +
    "globalThis JSON Math Intl ArrayBuffer Uint8Array Int8Array Uint16Array Int16Array Uint32Array Int32Array " +
    "Float32Array Float64Array Uint8ClampedArray BigUint64Array BigInt64Array DataView Map BigInt Set WeakMap " +
    "WeakSet Proxy Reflect FinalizationRegistry WeakRef decodeURI decodeURIComponent encodeURI " +
    "encodeURIComponent escape unescape eval isFinite isNaN SharedArrayBuffer Atomics WebAssembly";

/**
 * Values of the host (Node, its worker threads) that the helpers or the runner use. Other host globals
 * (`fetch`, `URL`...) may be shadowed safely: a program's reads never reach them (NameError instead).
 */
const hostGlobals =
    "process require console setTimeout clearTimeout setImmediate clearImmediate setInterval clearInterval " +
    "queueMicrotask structuredClone MessageChannel performance TextEncoder TextDecoder";

/** Types: the interfaces and type aliases of lib.es2022 (what a translation is compiled against). */
const libTypes =
    "AggregateError AggregateErrorConstructor Array ArrayBuffer ArrayBufferConstructor ArrayBufferLike " +
    "ArrayBufferTypes ArrayBufferView ArrayConstructor ArrayIterator ArrayLike AsyncGenerator " +
    "AsyncGeneratorFunction AsyncGeneratorFunctionConstructor AsyncIterable AsyncIterableIterator " +
    "AsyncIterator AsyncIteratorObject Atomics Awaited BigInt BigInt64Array BigInt64ArrayConstructor " +
    "BigIntConstructor BigIntToLocaleStringOptions BigUint64Array BigUint64ArrayConstructor Boolean " +
    "BooleanConstructor BuiltinIteratorReturn CallableFunction Capitalize ClassAccessorDecoratorContext " +
    "ClassAccessorDecoratorResult ClassAccessorDecoratorTarget ClassDecoratorContext " +
    "ClassFieldDecoratorContext ClassGetterDecoratorContext ClassMemberDecoratorContext " +
    "ClassMethodDecoratorContext ClassSetterDecoratorContext ConcatArray ConstructorParameters DataView " +
    "DataViewConstructor Date DateConstructor DecoratorContext DecoratorMetadata DecoratorMetadataObject " +
    "Error ErrorConstructor ErrorOptions EvalError EvalErrorConstructor Exclude Extract FinalizationRegistry " +
    "FinalizationRegistryConstructor FlatArray Float32Array Float32ArrayConstructor Float64Array " +
    "Float64ArrayConstructor Function FunctionConstructor Generator GeneratorFunction " +
    "GeneratorFunctionConstructor IArguments ImportAssertions ImportAttributes ImportCallOptions ImportMeta " +
    "Infinity InstanceType Int16Array Int16ArrayConstructor Int32Array Int32ArrayConstructor Int8Array " +
    "Int8ArrayConstructor Iterable IterableIterator Iterator IteratorObject IteratorResult " +
    "IteratorReturnResult IteratorYieldResult JSON Lowercase Map MapConstructor MapIterator Math NaN " +
    "NewableFunction NoInfer NonNullable Number NumberConstructor Object ObjectConstructor Omit " +
    "OmitThisParameter Parameters Partial Pick Promise PromiseConstructor PromiseFulfilledResult PromiseLike " +
    "PromiseRejectedResult PromiseSettledResult PropertyDescriptor PropertyDescriptorMap Proxy " +
    "ProxyConstructor ProxyHandler RangeError RangeErrorConstructor Readonly ReadonlyArray ReadonlyMap " +
    "ReadonlySet Record ReferenceError ReferenceErrorConstructor RegExp RegExpConstructor RegExpExecArray " +
    "RegExpIndicesArray RegExpMatchArray RegExpStringIterator Required ReturnType Set SetConstructor " +
    "SetIterator SharedArrayBuffer SharedArrayBufferConstructor String StringConstructor StringIterator " +
    "Symbol SymbolConstructor SyntaxError SyntaxErrorConstructor TemplateStringsArray ThisParameterType " +
    "ThisType TypeError TypeErrorConstructor TypedPropertyDescriptor URIError URIErrorConstructor Uint16Array " +
    "Uint16ArrayConstructor Uint32Array Uint32ArrayConstructor Uint8Array Uint8ArrayConstructor " +
    "Uint8ClampedArray Uint8ClampedArrayConstructor Uncapitalize Uppercase WeakKey WeakKeyTypes WeakMap " +
    "WeakMapConstructor WeakRef WeakRefConstructor WeakSet WeakSetConstructor";

export const jsGlobalNames: ReadonlySet<string> = new Set([...esGlobals.split(" "), ...hostGlobals.split(" "), ...libTypes.split(" ")]);
