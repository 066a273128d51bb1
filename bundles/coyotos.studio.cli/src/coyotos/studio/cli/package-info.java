/**
 * The headless {@code simulate} command behind {@code ./studio simulate}: loads a model, checks it and prints
 * the simulator's report as a table, JSON or CSV. Also {@code import} and {@code export} behind {@code ./studio
 * import} and {@code ./studio export}: an mkimage system image to a model and back. Not API: its test fragment is
 * its only friend.
 */
package coyotos.studio.cli;
