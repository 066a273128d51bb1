/**
 * Not API: what the debug model shows, computed for the views (frames and variables of a process, capabilities and
 * stops in words, the events of a debugged run); open to coyotos.studio.debug.ui and the tests only.
 */
package coyotos.studio.debug.internal;
