/**
 * Quick fixes from an issue marker: a click on the marker of an element selects the element and opens the
 * command palette, where the server offers the fixes of its findings first ("Quick fix: ...",
 * DIAGRAM-PROTOCOL.md). Ctrl+Space on a selected element opens the same palette.
 */
import {
    Action,
    CommandPalette,
    FeatureModule,
    GIssueMarker,
    GModelElement,
    MouseListener,
    SelectAction,
    SetUIExtensionVisibilityAction,
    TYPES,
    bindAsService
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

@injectable()
export class IssueMarkerQuickFixListener extends MouseListener {
    override mouseDown(target: GModelElement, event: MouseEvent): Action[] {
        if (!(target instanceof GIssueMarker) || event.button !== 0) {
            return [];
        }
        const owner = target.parent.id;
        return [
            SelectAction.setSelection([owner]),
            SetUIExtensionVisibilityAction.create({ extensionId: CommandPalette.ID, visible: true, contextElementsId: [owner] })
        ];
    }
}

export const quickFixModule = new FeatureModule(
    bind => bindAsService(bind, TYPES.MouseListener, IssueMarkerQuickFixListener),
    { featureId: Symbol('coyotosQuickFix') }
);
