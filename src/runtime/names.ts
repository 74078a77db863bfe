/** Python names at run time: a name the program never binds raises NameError where Python would. */
import { AttributeError, NameError } from "./exceptions";

/** A read of a name Python would not find (`undefined_name`, `process`): NameError, CPython's message. */
export function nameError(name: string): never {
  throw new NameError(`name '${name}' is not defined`);
}

/** A read of an attribute the object's class never has: AttributeError with CPython's message (`obj` is still evaluated). */
export function attributeError(_obj: unknown, message: string): never {
  throw new AttributeError(message);
}
