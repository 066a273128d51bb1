/**
 * Test support: a small SWTBot-shaped driver for workbench tests (menus, shells, trees, views, editors; real keys
 * and clicks, waits that pump the event loop, a screenshot on failure).
 */
package coyotos.studio.tests.driver;
