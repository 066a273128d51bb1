/**
 * Internal: what a diagram shows of the model and where. Diagram content per diagram kind, placement (stored
 * positions, ELK for the rest), label layout measured in the page's fonts, rule findings placed on drawn elements,
 * and the GModel graph assembled from them.
 */
package coyotos.studio.diagram.internal.graph;
