/** Jackson serializers and mix-ins behind CraftMarkJson; not exported. */
package io.github.craftmark.core.internal.json;
