/** Implementation details; not part of the API and not exported. */
package io.github.craftmark.core.internal;
