// Bundles src/main.ts into the static page under web/ (index.html, diagram.js, diagram.css, fonts/).
// Type checking is a separate step (`npm run typecheck`), run first by `npm run build`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const out = 'web';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
    entryPoints: { diagram: 'src/main.ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // WebKitGTK 4.1 (SWT Browser on Linux) and current Chromium both handle ES2020.
    target: ['es2020'],
    outdir: out,
    minify: true,
    keepNames: true,
    sourcemap: false,
    loader: { '.ttf': 'file' },
    assetNames: 'fonts/[name]',
    logLevel: 'warning'
});

copyFileSync('static/index.html', `${out}/index.html`);
console.log(`page written to ${out}/`);
