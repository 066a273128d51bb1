/**
 * JSON-RPC over the host bridge: one message per call, no Content-Length framing,
 * because the host hands whole strings across (SWT BrowserFunction / Playwright exposeFunction).
 */
import {
    AbstractMessageReader,
    AbstractMessageWriter,
    DataCallback,
    Disposable,
    Message,
    MessageConnection,
    createMessageConnection
} from 'vscode-jsonrpc/browser';

export class HostMessageReader extends AbstractMessageReader {
    private callback?: DataCallback;
    // Messages the host delivers before the connection listens are kept, not dropped.
    private readonly early: Message[] = [];

    /** Entry point for `window.coyotosHostReceive`. */
    receive(json: string): void {
        let message: Message;
        try {
            message = JSON.parse(json) as Message;
        } catch (error) {
            this.fireError(new Error(`host delivered a message that is not JSON: ${String(error)}`));
            return;
        }
        if (this.callback) {
            this.callback(message);
        } else {
            this.early.push(message);
        }
    }

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        this.early.splice(0).forEach(message => callback(message));
        return Disposable.create(() => (this.callback = undefined));
    }
}

export class HostMessageWriter extends AbstractMessageWriter {
    private errorCount = 0;

    constructor(private readonly send: (json: string) => void) {
        super();
    }

    async write(message: Message): Promise<void> {
        try {
            this.send(JSON.stringify(message));
        } catch (error) {
            this.errorCount++;
            this.fireError(error, message, this.errorCount);
            throw error;
        }
    }

    end(): void {
        /* the host bridge has no stream to close */
    }
}

/** Creates the connection and makes `window.coyotosHostReceive` feed it. */
export function createHostConnection(send: (json: string) => void): MessageConnection {
    const reader = new HostMessageReader();
    window.coyotosHostReceive = json => reader.receive(json);
    return createMessageConnection(reader, new HostMessageWriter(send));
}
