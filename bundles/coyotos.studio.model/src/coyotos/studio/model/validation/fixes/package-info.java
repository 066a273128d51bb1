/**
 * Quick fixes: for each rule whose repair follows from its finding, the repairs, each one command that a command
 * stack can undo. Found by rule id ({@link coyotos.studio.model.validation.fixes.RuleFixes}); computed on the model
 * alone, so tests apply them headless and the Problems view and the diagram only offer them.
 */
package coyotos.studio.model.validation.fixes;
