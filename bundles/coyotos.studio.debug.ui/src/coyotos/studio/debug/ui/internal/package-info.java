/**
 * Not API: the debugger's user interface (the model presentation, the time-travel and breakpoint commands); open to
 * its tests only.
 */
package coyotos.studio.debug.ui.internal;
