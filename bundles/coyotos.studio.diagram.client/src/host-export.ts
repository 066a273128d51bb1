/**
 * SVG export goes to the host (Eclipse saves it where the user chooses) instead of the standalone
 * module's browser download, which an SWT Browser cannot complete.
 */
import {
    ExportSvgAction,
    ExportSvgKeyListener,
    FeatureModule,
    IActionHandler,
    TYPES,
    bindAsService,
    configureActionHandler,
    exportModule
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { hostLog } from './host';

@injectable()
export class HostExportSvgHandler implements IActionHandler {
    handle(action: ExportSvgAction): void {
        if (typeof window.coyotosHostExportSvg === 'function') {
            window.coyotosHostExportSvg(action.svg);
        } else {
            hostLog('warning', 'SVG export requested but the host offers no coyotosHostExportSvg');
        }
    }
}

export const hostExportModule = new FeatureModule(
    (bind, _unbind, isBound) => {
        const context = { bind, isBound };
        // Ctrl+Shift+E, as in the standalone GLSP export module this replaces.
        bindAsService(context, TYPES.KeyListener, ExportSvgKeyListener);
        bind(HostExportSvgHandler).toSelf().inSingletonScope();
        configureActionHandler(context, ExportSvgAction.KIND, HostExportSvgHandler);
    },
    { featureId: Symbol('coyotosHostExport'), requires: exportModule }
);
