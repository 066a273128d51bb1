/** The Sweep Results view: it draws what {@code coyotos.studio.sweep.result} computes (table, line chart). */
package coyotos.studio.sweep.ui.internal.views;
