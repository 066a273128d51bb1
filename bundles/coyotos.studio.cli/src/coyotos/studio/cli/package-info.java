/**
 * The headless {@code simulate} command behind {@code ./studio simulate}: loads a model, checks it and prints
 * the simulator's report as a table, JSON or CSV. Not API: its test fragment is its only friend.
 */
package coyotos.studio.cli;
