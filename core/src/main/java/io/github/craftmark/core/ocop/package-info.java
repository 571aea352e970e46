/**
 * OCOP (Mỗi xã một sản phẩm): scores, star ratings per criteria version, certificates and the rules
 * on who may issue them.
 */
package io.github.craftmark.core.ocop;
