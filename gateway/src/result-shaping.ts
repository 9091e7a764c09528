import { createRequire } from 'node:module';
import {
  assert,
  ERRORS,
  isCompositeType,
  isCustomScalarType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  Variable,
  type CompositeType,
  type Directive,
  type EnumType,
  type FieldSelection,
  type FragmentSelection,
  type NamedType,
  type Operation,
  type ScalarType,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

/**
 * The last step of Apollo Gateway's execution, the answer shaped from what the subgraphs sent
 * (`computeResponse` of @apollo/gateway's `resultShaping.js`): every field the operation selects,
 * in its order, under its alias, without the fields the query plan added for itself (keys,
 * `__typename`), with `@skip`/`@include` applied, and a null where a subgraph broke the schema's
 * rules, bubbled up to the nearest nullable field with an error, as graphql-js would.
 *
 * This is Apollo's algorithm, step for step and with Apollo's own errors and assertions, done
 * faster: Apollo evaluates the directives, the field's type, its response name and a result
 * object of three flags again for every object of the answer. The whole register is 150,000
 * objects, and Apollo's shaping took 1.4 s of its pull on Node 20 (`node --cpu-prof`; see
 * BENCHMARKS.md). Here each selection set is read once per operation, the flags are fields of
 * the shaper, and an object of the answer is a plain object (Apollo's has no prototype, which
 * V8 keeps in its slow dictionary form, for the next step's `JSON.stringify` too) unless a field
 * of the operation is named as a property every object has (`__proto__`, `constructor`, …).
 * `gateway/test/result-shaping.test.ts` compares both on generated answers, broken ones
 * included; the bench checks the pulls' answers against direct SQL.
 */
export function computeResponse({
  operation,
  variables,
  input,
  introspectionHandling,
}: {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (introspectionSelection: FieldSelection) => unknown;
}): { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const shaper = new Shaper(
    schema,
    { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables },
    introspectionHandling,
    !namesAnyPrototypeProperty(operation.selectionSet),
  );
  const data = Object.create(null) as Record<string, unknown>;
  const bubbled = shaper.selectionSet(
    input,
    operation.selectionSet,
    data,
    schema.schemaDefinition.rootType(operation.rootKind)!,
  );
  return { data: bubbled ? null : data, errors: shaper.errors };
}

/** Apollo's `assert` failing: the same error, without a message made for every value that passes. */
function fail(message: string): never {
  assert(false, message);
}

/** Whether a field anywhere in the selection set is answered under a name `Object.prototype` has. */
function namesAnyPrototypeProperty(selectionSet: SelectionSet): boolean {
  return selectionSet
    .selections()
    .some((selection) =>
      selection.kind === 'FieldSelection'
        ? selection.element.responseName() in Object.prototype ||
          (!!selection.selectionSet && namesAnyPrototypeProperty(selection.selectionSet))
        : namesAnyPrototypeProperty(selection.selectionSet),
    );
}

const FIELD = 0;
const FRAGMENT = 1;

type Step =
  | {
      kind: typeof FIELD;
      responseName: string;
      /** `__typename`, under its own name or an alias. */
      typename: boolean;
      /** `__schema` or `__type`: answered by the gateway's introspection. */
      introspection: FieldSelection | null;
      type: Type;
      selectionSet: SelectionSet | undefined;
    }
  | { kind: typeof FRAGMENT; typeCondition: CompositeType | undefined; selectionSet: SelectionSet };

type Output = Record<string, unknown>;

class Shaper {
  readonly errors: GraphQLError[] = [];
  private readonly path: (string | number)[] = [];
  private readonly compiled = new Map<SelectionSet, Step[]>();
  private readonly applies = new Map<CompositeType, Map<string | NamedType, boolean>>();
  /** What Apollo's `updateOutputValue` returns with the value: `isInvalid` and `hasErrors`. */
  private invalid = false;
  private errored = false;

  constructor(
    private readonly schema: Schema,
    private readonly variables: Record<string, unknown>,
    private readonly introspectionHandling: (introspectionSelection: FieldSelection) => unknown,
    /**
     * The answer's objects as plain objects: unless a field is named as something every plain
     * object has (`__proto__`, `constructor`, `toString`, …), which Apollo's objects without a
     * prototype do not have, and which reading and writing a field of a plain object would meet.
     */
    private readonly plainObjects: boolean,
  ) {}

  /** Apollo's `applySelectionSet`: true where Apollo returns `NULL_BUBBLE_UP`. */
  selectionSet(input: Output, selectionSet: SelectionSet, output: Output, parentType: NamedType): boolean {
    for (const step of this.compile(selectionSet)) {
      if (step.kind === FIELD) {
        const responseName = step.responseName;
        const outputValue = output[responseName];
        if (step.introspection) {
          if (outputValue === undefined)
            output[responseName] = this.introspectionHandling(step.introspection);
          continue;
        }
        let inputValue = Object.hasOwn(input, responseName) ? (input[responseName] ?? null) : null;
        if (step.typename) {
          if (outputValue === undefined) {
            if (inputValue === null && responseName !== '__typename')
              inputValue = input['__typename'] ?? null;
            const type =
              inputValue !== null && typeof inputValue === 'string'
                ? (this.schema.type(inputValue) ?? parentType)
                : parentType;
            if (!isObjectType(type)) return true;
            output[responseName] = type.name;
          }
          continue;
        }
        this.path.push(responseName);
        output[responseName] = this.value(outputValue, step.type, inputValue, step.selectionSet, parentType);
        this.path.pop();
        if (this.invalid) return true;
      } else {
        const typename = input['__typename'];
        if (typename && typeof typename !== 'string')
          fail(`Got unexpected value for __typename: ${String(typename)}`);
        if (this.typeConditionApplies(step.typeCondition, typename, parentType)) {
          if (this.selectionSet(input, step.selectionSet, output, step.typeCondition ?? parentType))
            return true;
        }
      }
    }
    return false;
  }

  /** Apollo's `updateOutputValue`: the value, with its two flags in `invalid` and `errored`. */
  private value(
    outputValue: unknown,
    type: Type,
    inputValue: unknown,
    selectionSet: SelectionSet | undefined,
    parentType: NamedType,
  ): unknown {
    if (inputValue === undefined) fail('Should not pass undefined for `inputValue` to this method');
    if (outputValue === null || (outputValue !== undefined && !selectionSet)) {
      return this.flagged(outputValue, false, false);
    }
    if (isNonNullType(type)) {
      const updated = this.value(outputValue, type.ofType, inputValue, selectionSet, parentType);
      if (updated === null) {
        if (!this.errored) {
          this.errors.push(
            ERRORS.INVALID_GRAPHQL.err(
              `Cannot return null for non-nullable ${this.lastElementDescription(type.ofType, parentType)}.`,
              { path: Array.from(this.path) },
            ),
          );
        }
        return this.flagged(updated, true, true);
      }
      return this.flagged(updated, false, false);
    }
    if (inputValue === null) return this.flagged(null, false, false);
    if (isListType(type)) {
      if (!Array.isArray(inputValue))
        fail(`Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${type}`);
      if (outputValue !== undefined && !Array.isArray(outputValue))
        fail(`Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${type}`);
      const outputList = outputValue as unknown[] | undefined;
      if (outputList !== undefined && inputValue.length !== outputList.length)
        fail(
          `[${String(inputValue)}].length (${inputValue.length}) !== [${String(outputList)}].length (${outputList.length})`,
        );
      const updated: unknown[] = [];
      let nullify = false;
      let errored = false;
      for (let index = 0; index < inputValue.length; index++) {
        this.path.push(index);
        updated.push(
          this.value(outputList?.[index], type.ofType, inputValue[index], selectionSet, parentType),
        );
        this.path.pop();
        nullify ||= this.invalid;
        errored ||= this.errored;
      }
      return this.flagged(nullify ? null : updated, false, errored);
    }
    if (isCompositeType(type)) {
      if (!selectionSet) fail(`Invalid empty selection set for composite type ${type}`);
      if (typeof inputValue !== 'object')
        fail(
          `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type}`,
        );
      if (outputValue !== undefined && typeof outputValue !== 'object')
        fail(
          `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type}`,
        );
      const inputObject = inputValue as Output;
      const inputTypename = inputObject['__typename'];
      if (inputTypename !== undefined && typeof inputTypename !== 'string')
        fail(`Invalid non-string value ${String(inputTypename)} for __typename at ${String(this.path)}`);
      let objectType: NamedType = type;
      if (inputTypename) {
        const typenameType = this.schema.type(inputTypename);
        if (!typenameType || !isCompositeType(typenameType)) {
          this.errors.push(
            ERRORS.INVALID_GRAPHQL.err(
              `Invalid __typename found for object at ${this.lastElementDescription(type, parentType)}.`,
              { path: Array.from(this.path) },
            ),
          );
          return this.flagged(null, false, true);
        }
        objectType = typenameType;
      }
      const object =
        (outputValue as Output | undefined) ?? (this.plainObjects ? {} : (Object.create(null) as Output));
      const bubbled = this.selectionSet(inputObject, selectionSet, object, objectType);
      return this.flagged(bubbled ? null : object, false, bubbled);
    }
    if (outputValue !== undefined) fail(`Excepted output to be undefined but got ${type} for type ${type}`);
    const valid =
      isCustomScalarType(type) ||
      (typeof inputValue === 'string' && type === this.schema.stringType()) ||
      // An output type that is neither composite nor a list is a scalar or an enum.
      isValidLeafValue(this.schema, inputValue, type as ScalarType | EnumType);
    if (!valid) {
      this.errors.push(
        ERRORS.INVALID_GRAPHQL.err(
          `Invalid value found for ${this.lastElementDescription(type, parentType)}.`,
          {
            path: Array.from(this.path),
          },
        ),
      );
    }
    return this.flagged(valid ? inputValue : null, false, !valid);
  }

  private flagged(value: unknown, invalid: boolean, errored: boolean): unknown {
    this.invalid = invalid;
    this.errored = errored;
    return value;
  }

  /** Apollo's `pathLastElementDescription`. */
  private lastElementDescription(currentType: Type, parentType: NamedType): string {
    const element = this.path[this.path.length - 1];
    assert(element !== undefined, 'Should not have been called on an empty path');
    return typeof element === 'string'
      ? `field ${parentType}.${element}`
      : `array element of type ${currentType} at index ${element}`;
  }

  /** Apollo's `typeConditionApplies`, kept per condition and runtime type. */
  private typeConditionApplies(
    typeCondition: CompositeType | undefined,
    typename: unknown,
    parentType: NamedType,
  ): boolean {
    if (!typeCondition) return true;
    let byType = this.applies.get(typeCondition);
    if (!byType) this.applies.set(typeCondition, (byType = new Map()));
    const key = typeof typename === 'string' && typename ? typename : parentType;
    let applies = byType.get(key);
    if (applies === undefined) {
      if (typeof key === 'string') {
        const type = this.schema.type(key);
        applies = !!type && isSubtype(typeCondition, type);
      } else {
        applies = isSubtype(typeCondition, parentType);
      }
      byType.set(key, applies);
    }
    return applies;
  }

  /**
   * The selection set's selections as steps, once per operation: the ones `@skip` or `@include`
   * leave out are left out here, which Apollo decides again for every object.
   */
  private compile(selectionSet: SelectionSet): Step[] {
    const known = this.compiled.get(selectionSet);
    if (known) return known;
    const compiled: Step[] = [];
    this.compiled.set(selectionSet, compiled);
    for (const selection of selectionSet.selections()) {
      if (this.skipped(selection.element)) continue;
      if (selection.kind === 'FieldSelection') {
        const field = selection.element;
        const responseName = field.responseName();
        compiled.push({
          kind: FIELD,
          responseName,
          typename: field.name === '__typename',
          introspection: field.definition.isSchemaIntrospectionField() ? selection : null,
          type: field.definition.type!,
          selectionSet: selection.selectionSet,
        });
      } else {
        compiled.push({
          kind: FRAGMENT,
          typeCondition: selection.element.typeCondition,
          selectionSet: selection.selectionSet,
        });
      }
    }
    return compiled;
  }

  /** Apollo's `shouldSkip`. */
  private skipped(element: FieldSelection['element'] | FragmentSelection['element']): boolean {
    const skip = element.appliedDirectivesOf(this.schema.skipDirective())[0];
    const include = element.appliedDirectivesOf(this.schema.includeDirective())[0];
    return (!!skip && this.ifValue(skip)) || (!!include && !this.ifValue(include));
  }

  private ifValue(directive: Directive<any, { if: boolean | Variable }>): boolean {
    const condition = directive.arguments().if;
    if (condition instanceof Variable) {
      const value = this.variables[condition.name];
      assert(
        value !== undefined && typeof value === 'boolean',
        () => `Unexpected value ${String(value)} for variable ${condition} of ${directive}`,
      );
      return value;
    }
    return condition;
  }
}

/**
 * Puts {@link computeResponse} in place of Apollo Gateway's own, which its `executeQueryPlan`
 * looks up on the module at every call. Only over the Apollo Gateway it was written from: with
 * another version Apollo's own stays (`installed` says which), and a test fails.
 */
export function installResultShaping(): { installed: boolean } {
  const require = createRequire(import.meta.url);
  const version = (require('@apollo/gateway/package.json') as { version: string }).version;
  const module = require('@apollo/gateway/dist/resultShaping.js') as { computeResponse: unknown };
  if (module.computeResponse === computeResponse) return { installed: true };
  if (!/^2\.14\./.test(version)) return { installed: false };
  module.computeResponse = computeResponse;
  return { installed: true };
}
