/** JSON for every core type through Jackson: one entry point configures an {@code ObjectMapper}. */
package io.github.craftmark.core.json;
