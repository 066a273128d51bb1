/** The Coyotos Sweep launch type: its tab, the settings read from a launch configuration, and the sweep job. */
package coyotos.studio.sweep.ui.internal.launch;
