/**
 * The diagram server as an editor embeds it: the model an editor hands in ({@link coyotos.studio.diagram.EditedModel},
 * registered by source URI in {@link coyotos.studio.diagram.EditedModels}), where it may be touched
 * ({@link coyotos.studio.diagram.ModelAccess}), one page's in-process GLSP server
 * ({@link coyotos.studio.diagram.DiagramConnection}) and the element types both ends agree on
 * ({@link coyotos.studio.diagram.DiagramKinds}, DIAGRAM-PROTOCOL.md).
 */
package coyotos.studio.diagram;
