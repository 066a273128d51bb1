/**
 * The functions the host (SWT Browser in Eclipse, Playwright in tests) installs on `window`,
 * and the one the page installs for the host. Names and meaning: DIAGRAM-PROTOCOL.md.
 */
declare global {
    interface Window {
        coyotosHostSend?: (json: string) => void;
        coyotosHostReceive?: (json: string) => void;
        coyotosHostSelection?: (idsJson: string) => void;
        coyotosHostExportSvg?: (svg: string) => void;
        coyotosHostLog?: (level: string, text: string) => void;
    }
}

/** Resolves once the host has installed `coyotosHostSend`; SWT does that only after the page started loading. */
export function waitForHostSend(pollMs = 20): Promise<(json: string) => void> {
    return new Promise(resolve => {
        const poll = (): void => {
            const send = window.coyotosHostSend;
            if (typeof send === 'function') {
                resolve(json => window.coyotosHostSend!(json));
            } else {
                setTimeout(poll, pollMs);
            }
        };
        poll();
    });
}

/** Reports to the host log when there is one, and always to the console (seen in devtools and Playwright). */
export function hostLog(level: 'error' | 'warning' | 'info', text: string): void {
    (level === 'error' ? console.error : console.log)(`[coyotos] ${text}`);
    try {
        window.coyotosHostLog?.(level, text);
    } catch (e) {
        console.error('[coyotos] coyotosHostLog failed', e);
    }
}
