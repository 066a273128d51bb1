/**
 * The Coyotos metamodel (generated from {@code model/coyotos.ecore}): systems of processes, GPTs, pages,
 * capability pages, endpoints, schedules and space banks, the capabilities between them, workloads and handler
 * actions. docs/coyotos-domain.md §1 says what each object is in Coyotos.
 */
package coyotos.studio.model;
