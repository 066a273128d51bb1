/**
 * Runs on disk and what the results views read from them: run records, event logs, trace filters, timelines and
 * run comparisons.
 */
package coyotos.studio.runs;
