/**
 * CraftMark core: the root of the SDK's exception hierarchy, shared by every module.
 *
 * <p>Every failure the SDK throws is a {@link io.github.craftmark.core.CraftMarkException}: bad
 * input to a value type is an {@link io.github.craftmark.core.InvalidValueException} naming the
 * field and the value, and text that cannot be parsed is a {@link
 * io.github.craftmark.core.CraftMarkParseException} saying what and where.
 */
package io.github.craftmark.core;
