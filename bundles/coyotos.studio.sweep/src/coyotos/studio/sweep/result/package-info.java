/**
 * What a sweep produced and how it is shown: per-point figures, metrics, tables, charts with their crossovers
 * (the data providers of the Sweep Results view), CSV and JSON, saved sweeps and the merge of shard outputs.
 */
package coyotos.studio.sweep.result;
