/**
 * Internal: Run As &gt; Coyotos Simulation: the launch configuration, its tab, the shortcut and the job that runs a
 * model in the background.
 */
package coyotos.studio.ui.internal.launch;
