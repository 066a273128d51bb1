/**
 * Internal: the Coyotos perspective and the ids of the views it arranges.
 */
package coyotos.studio.ui.internal;
