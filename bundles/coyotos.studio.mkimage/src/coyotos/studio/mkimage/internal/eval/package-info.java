/**
 * Internal: the evaluator that runs modules as mkimage does (ccs/mkimage/Interp.cxx): scopes, values, operators,
 * module loading on the include path, and the built-ins (builtin*.cxx).
 */
package coyotos.studio.mkimage.internal.eval;
