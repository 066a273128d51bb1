/**
 * Internal: a model written as a readable mkimage module: names, capability expressions and literals that mkimage
 * reads back to the same objects.
 */
package coyotos.studio.mkimage.internal.export;
