/**
 * Page entry: read the session from the URL, wait for the host bridge, then let GLSP's DiagramLoader
 * run initialize → initializeClientSession → requestModel over it.
 */
import 'reflect-metadata';
import '@vscode/codicons/dist/codicon.css';
// sprotty's base sheet (projection bars, hidden div) and the label editor's; GLSP does not import them itself.
import 'sprotty/css/sprotty.css';
import 'sprotty/css/edit-label.css';

import { Args, BaseJsonrpcGLSPClient, DiagramLoader, GLSPClient } from '@eclipse-glsp/client';
import { createCoyotosContainer } from './di.config';
import { createDiagramApi, forwardSelectionToHost } from './diagram-api';
import { hostLog, waitForHostSend } from './host';
import { readSession } from './session';
import { createHostConnection } from './transport';
// Last, so the theme comes after GLSP's and sprotty's sheets in diagram.css and wins ties.
import './theme.css';

async function start(): Promise<void> {
    const session = readSession();
    const send = await waitForHostSend();
    const client: GLSPClient = new BaseJsonrpcGLSPClient({ id: 'coyotos-studio', connectionProvider: createHostConnection(send) });
    const container = createCoyotosContainer({
        clientId: session.clientId,
        diagramType: session.diagramType,
        sourceUri: session.sourceUri,
        glspClientProvider: async () => client
    });
    const api = createDiagramApi(container);
    window.coyotosDiagram = api;
    forwardSelectionToHost(container);
    // `process` travels as a plain option of RequestModelAction (options are a string map on the Java side).
    const requestModelOptions: Args = session.process ? { process: session.process } : {};
    await container.get(DiagramLoader).load({ requestModelOptions });
    api.ready = true;
}

start().catch(error => hostLog('error', `diagram failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
