/**
 * Internal: GLSP operation handlers, one per user operation (GLSP's convention: named after what they handle,
 * ending in {@code Handler}), each turning the operation into one EMF command on the editor's stack.
 */
package coyotos.studio.diagram.internal.handler;
