/** Key encodings (PEM, PKCS#8, PBES2, base64url) and curve parameters. Not part of the API. */
package io.github.craftmark.provenance.internal.key;
