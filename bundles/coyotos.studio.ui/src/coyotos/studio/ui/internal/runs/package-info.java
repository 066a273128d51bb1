/**
 * Internal: the runs the results views show.
 */
package coyotos.studio.ui.internal.runs;
