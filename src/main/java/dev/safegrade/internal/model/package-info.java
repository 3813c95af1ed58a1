/**
 * The facts-v1 document as the rules see it: one class per element kind, bound by Jackson after the document
 * passed its schema and semantic checks. Every element that rules match on knows its JSON Pointer
 * ({@link dev.safegrade.internal.model.Element#getPath()}) so findings can point back into the input.
 *
 * <p>Absent keys stay {@code null}: "not known" is never the same as {@code false} or {@code 0}. Rules ask
 * {@code missing("field")} for the pointer of an absent fact when they cannot decide.
 *
 * <p>POJOs rather than records: the executable model cannot compile arithmetic over record accessors.
 * Facts are never modified during evaluation, so every class is {@code @ClassReactive}: property reactivity
 * would buy nothing and its analysis warns about constraints that call methods.
 */
package dev.safegrade.internal.model;
