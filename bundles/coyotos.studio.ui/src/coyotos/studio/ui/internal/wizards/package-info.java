/**
 * Internal: the new-model and example-project wizards.
 */
package coyotos.studio.ui.internal.wizards;
