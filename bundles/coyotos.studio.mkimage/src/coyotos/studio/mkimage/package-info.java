/**
 * Coyotos system images written in mkimage's language (.mki, ccs/mkimage): {@link coyotos.studio.mkimage.MkiImport}
 * runs a module as mkimage does and turns the image into a model, {@link coyotos.studio.mkimage.MkiExport} writes a
 * model back as a module, {@link coyotos.studio.mkimage.MkiSyntax} gives an editor the tokens, problems and
 * definitions of a module without running it. No UI.
 */
package coyotos.studio.mkimage;
