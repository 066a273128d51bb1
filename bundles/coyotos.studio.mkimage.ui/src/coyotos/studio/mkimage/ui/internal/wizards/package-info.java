/**
 * Internal: File > Import > Coyotos > mkimage Image and File > Export > Coyotos > mkimage Module. Friends: the UI
 * tests.
 */
package coyotos.studio.mkimage.ui.internal.wizards;
