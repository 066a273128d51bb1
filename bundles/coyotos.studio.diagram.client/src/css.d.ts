// Stylesheets are imported for their side effect; esbuild bundles them into diagram.css.
declare module '*.css';
