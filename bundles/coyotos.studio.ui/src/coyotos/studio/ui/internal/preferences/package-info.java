/**
 * Internal: Window &gt; Preferences &gt; Coyotos: what new launch configurations start with and where runs are
 * kept, and the one class that reads these preferences.
 */
package coyotos.studio.ui.internal.preferences;
