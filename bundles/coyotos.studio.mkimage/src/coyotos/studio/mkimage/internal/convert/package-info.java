/**
 * Internal: mkimage's checks of a finished image, and the image as a model, its objects named in the words of
 * the modules that made them, each with the .mki place that created it.
 */
package coyotos.studio.mkimage.internal.convert;
